package dev.backboard.insights.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import dev.backboard.insights.InsightFilter;
import dev.backboard.insights.InsightsProperties;
import dev.backboard.insights.internal.MarketReport.Distribution;
import dev.backboard.insights.internal.MarketReport.Percentiles;
import dev.backboard.insights.internal.MarketReport.SkillTrend;
import dev.backboard.insights.internal.MarketReport.Together;
import dev.backboard.insights.internal.MarketReport.Week;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import org.jspecify.annotations.Nullable;

/**
 * Works out a {@link MarketReport} from loaded {@link Postings} in memory, with the same
 * rules as the SQL it replaces: exact percentiles interpolated as PostgreSQL's
 * {@code percentile_cont} does, exact distinct-company counts, ties broken by key.
 */
final class Tally {

	private final Postings postings;

	private final InsightsProperties properties;

	private final java.util.function.Function<String, String> names;

	private final String currency;

	Tally(Postings postings, InsightsProperties properties, java.util.function.Function<String, String> names,
			String currency) {
		this.postings = postings;
		this.properties = properties;
		this.names = names;
		this.currency = currency;
	}

	/**
	 * The jobs of a filter without its skill: their weeks and every skill's count per
	 * week, which the demand chart of each skill is cut from.
	 */
	record Context(List<Week> weeks, int[][] skillWeeks, long[] skillJobs) {
	}

	Context context(int[] jobs) {
		int skills = postings.skillSlugs.size();
		int[][] skillWeeks = new int[skills][postings.weekCount];
		long[] skillJobs = new long[skills];
		for (int job : jobs) {
			for (int skill : postings.skills[job]) {
				skillWeeks[skill][postings.week[job]]++;
				skillJobs[skill]++;
			}
		}
		return new Context(weeks(jobs), skillWeeks, skillJobs);
	}

	MarketReport report(InsightFilter filter, int[] jobs, Context context) {
		long companies = 0;
		long last = Long.MIN_VALUE;
		for (int job : jobs) {
			if (postings.company[job] != last) {
				companies++;
				last = postings.company[job];
			}
		}
		List<Week> weeks = filter.skill() == null ? context.weeks() : weeks(jobs);
		int chosen = postings.skillId(filter.skill());
		return new MarketReport(filter, postings.from, postings.until, currency, jobs.length, companies,
				top(groups(jobs, job -> postings.skills[job], postings.skillSlugs.size()), this::skillName,
						id -> postings.skillSlugs.get(id)),
				every(groups(jobs, job -> new int[] { postings.seniority[job] }, Seniority.values().length),
						Seniority.values().length, id -> Seniority.values()[id].name(),
						id -> Seniority.values()[id].label()),
				top(groups(jobs, job -> postings.countries[job], postings.countryCodes.size()),
						id -> Countries.name(postings.countryCodes.get(id)), id -> postings.countryCodes.get(id)),
				every(groups(jobs, job -> new int[] { postings.workplace[job] }, WorkplaceType.values().length),
						WorkplaceType.values().length, id -> WorkplaceType.values()[id].name(),
						id -> WorkplaceType.values()[id].label()),
				weeks, context.weeks(), demand(context, filter.skill(), chosen),
				together(jobs, filter.skill(), chosen));
	}

	private List<Week> weeks(int[] jobs) {
		int count = postings.weekCount;
		long[] found = new long[count];
		long[] companies = new long[count];
		long[] last = new long[count];
		long[] remote = new long[count];
		Arrays.fill(last, Long.MIN_VALUE);
		int remoteType = WorkplaceType.REMOTE.ordinal();
		for (int job : jobs) {
			int week = postings.week[job];
			found[week]++;
			if (postings.company[job] != last[week]) {
				companies[week]++;
				last[week] = postings.company[job];
			}
			if (postings.workplace[job] == remoteType) {
				remote[week]++;
			}
		}
		List<Week> weeks = new ArrayList<>(count);
		for (int week = 0; week < count; week++) {
			weeks.add(new Week(postings.from.plusWeeks(week), found[week], companies[week], remote[week],
					shown(found[week], companies[week])));
		}
		return weeks;
	}

	/** Jobs, distinct companies and pay per group, counting only jobs that give pay. */
	private static final class Groups {

		final long[] jobs;

		final long[] companies;

		final double[][] pay;

		Groups(int size) {
			jobs = new long[size];
			companies = new long[size];
			pay = new double[size][];
		}

	}

	private Groups groups(int[] jobs, IntFunction<int[]> keys, int size) {
		Groups groups = new Groups(size);
		long[] last = new long[size];
		Arrays.fill(last, Long.MIN_VALUE);
		int[] filled = new int[size];
		for (int job : jobs) {
			double pay = postings.pay[job];
			if (Double.isNaN(pay)) {
				continue;
			}
			for (int key : keys.apply(job)) {
				groups.jobs[key]++;
				if (postings.company[job] != last[key]) {
					groups.companies[key]++;
					last[key] = postings.company[job];
				}
				double[] values = groups.pay[key];
				if (values == null) {
					values = new double[16];
				}
				else if (filled[key] == values.length) {
					values = Arrays.copyOf(values, values.length * 2);
				}
				values[filled[key]++] = pay;
				groups.pay[key] = values;
			}
		}
		for (int key = 0; key < size; key++) {
			if (groups.pay[key] != null) {
				groups.pay[key] = Arrays.copyOf(groups.pay[key], filled[key]);
			}
		}
		return groups;
	}

	/** The largest groups that may be shown, the most jobs first, ties by key. */
	private List<Distribution> top(Groups groups, IntFunction<String> label, IntFunction<String> key) {
		List<Integer> shown = new ArrayList<>();
		for (int id = 0; id < groups.jobs.length; id++) {
			if (shown(groups.jobs[id], groups.companies[id])) {
				shown.add(id);
			}
		}
		return shown.stream()
			.sorted(Comparator.comparingLong((Integer id) -> -groups.jobs[id]).thenComparing(key::apply))
			.limit(properties.topSkills())
			.map(id -> new Distribution(key.apply(id), label.apply(id), groups.jobs[id], groups.companies[id],
					percentiles(groups.pay[id])))
			.toList();
	}

	/** Every value of a closed set in its own order, empty where no job has it. */
	private List<Distribution> every(Groups groups, int size, IntFunction<String> key, IntFunction<String> label) {
		List<Distribution> rows = new ArrayList<>(size);
		for (int id = 0; id < size; id++) {
			boolean shown = shown(groups.jobs[id], groups.companies[id]);
			rows.add(new Distribution(key.apply(id), label.apply(id), groups.jobs[id], groups.companies[id],
					shown ? percentiles(groups.pay[id]) : null));
		}
		return rows;
	}

	private List<SkillTrend> demand(Context context, @Nullable String chosenSlug, int chosen) {
		List<Integer> skills = new ArrayList<>();
		if (chosenSlug != null) {
			skills.add(chosen);
		}
		List<Integer> asked = new ArrayList<>();
		for (int id = 0; id < context.skillJobs().length; id++) {
			if (context.skillJobs()[id] > 0) {
				asked.add(id);
			}
		}
		asked.stream()
			.sorted(Comparator.comparingLong((Integer id) -> -context.skillJobs()[id])
				.thenComparing(id -> postings.skillSlugs.get(id)))
			.limit(properties.trendSkills())
			.forEach(id -> {
				if (skills.size() < properties.trendSkills() && !skills.contains(id)) {
					skills.add(id);
				}
			});
		List<Week> weeks = context.weeks();
		return skills.stream().map(id -> {
			List<Long> counts = new ArrayList<>(weeks.size());
			List<@Nullable Double> shares = new ArrayList<>(weeks.size());
			for (int week = 0; week < weeks.size(); week++) {
				long count = id < 0 ? 0 : context.skillWeeks()[id][week];
				counts.add(count);
				shares.add(weeks.get(week).shown() ? (double) count / weeks.get(week).jobs() : null);
			}
			String slug = id < 0 ? java.util.Objects.requireNonNull(chosenSlug) : postings.skillSlugs.get(id);
			return new SkillTrend(slug, names.apply(slug), counts, shares);
		}).toList();
	}

	private List<Together> together(int[] jobs, @Nullable String chosenSlug, int chosen) {
		if (jobs.length == 0) {
			return List.of();
		}
		int skills = postings.skillSlugs.size();
		if (chosenSlug != null) {
			long[] count = new long[skills];
			long[] companies = new long[skills];
			long[] last = new long[skills];
			Arrays.fill(last, Long.MIN_VALUE);
			for (int job : jobs) {
				for (int skill : postings.skills[job]) {
					if (skill != chosen) {
						count[skill]++;
						if (last[skill] != postings.company[job]) {
							companies[skill]++;
							last[skill] = postings.company[job];
						}
					}
				}
			}
			return rank(count, companies, id -> postings.skillSlugs.get(id), this::skillName, jobs.length);
		}
		long[] count = new long[skills * skills];
		long[] companies = new long[skills * skills];
		long[] last = new long[skills * skills];
		Arrays.fill(last, Long.MIN_VALUE);
		for (int job : jobs) {
			int[] asked = postings.skills[job];
			for (int a : asked) {
				for (int c : asked) {
					if (postings.skillSlugs.get(a).compareTo(postings.skillSlugs.get(c)) < 0) {
						int pair = a * skills + c;
						count[pair]++;
						if (last[pair] != postings.company[job]) {
							companies[pair]++;
							last[pair] = postings.company[job];
						}
					}
				}
			}
		}
		return rank(count, companies,
				pair -> postings.skillSlugs.get(pair / skills) + " " + postings.skillSlugs.get(pair % skills),
				pair -> skillName(pair / skills) + " + " + skillName(pair % skills), jobs.length);
	}

	private List<Together> rank(long[] count, long[] companies, IntFunction<String> key, IntFunction<String> label,
			long total) {
		List<Integer> shown = new ArrayList<>();
		for (int id = 0; id < count.length; id++) {
			if (shown(count[id], companies[id])) {
				shown.add(id);
			}
		}
		return shown.stream()
			.sorted(Comparator.comparingLong((Integer id) -> -count[id]).thenComparing(key::apply))
			.limit(properties.topSkills())
			.map(id -> new Together(label.apply(id), count[id], companies[id], (double) count[id] / total))
			.toList();
	}

	private String skillName(int id) {
		return names.apply(postings.skillSlugs.get(id));
	}

	private boolean shown(long jobs, long companies) {
		return jobs >= properties.minJobs() && companies >= properties.minCompanies();
	}

	/**
	 * The 10th to 90th percentile as {@code percentile_cont} interpolates them: between
	 * the sorted values at floor and ceiling of {@code p * (n - 1)}.
	 */
	static @Nullable Percentiles percentiles(double @Nullable [] values) {
		if (values == null || values.length == 0) {
			return null;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return new Percentiles(percentile(sorted, 0.1), percentile(sorted, 0.25), percentile(sorted, 0.5),
				percentile(sorted, 0.75), percentile(sorted, 0.9));
	}

	private static double percentile(double[] sorted, double fraction) {
		double position = fraction * (sorted.length - 1);
		int first = (int) Math.floor(position);
		int second = (int) Math.ceil(position);
		double low = sorted[first];
		return first == second ? low : low + (sorted[second] - low) * (position - first);
	}

}
