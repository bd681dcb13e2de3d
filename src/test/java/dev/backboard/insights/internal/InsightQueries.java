package dev.backboard.insights.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.backboard.insights.InsightFilter;
import dev.backboard.insights.InsightsProperties;
import dev.backboard.insights.internal.MarketReport.Distribution;
import dev.backboard.insights.internal.MarketReport.Percentiles;
import dev.backboard.insights.internal.MarketReport.SkillTrend;
import dev.backboard.insights.internal.MarketReport.Together;
import dev.backboard.insights.internal.MarketReport.Week;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference the stored reports are checked against: set-based SQL over the jobs
 * posted in the period, every figure one grouped scan, with PostgreSQL computing the
 * percentiles ({@code percentile_cont}) and weeks ({@code date_trunc}). Too slow for a
 * million jobs (minutes for the report of every job), exact by construction.
 */
class InsightQueries {

	/** A job's yearly pay: the middle of its range, or the one bound it gives. */
	private static final String PAY = "(coalesce(j.salary_annual_min, j.salary_annual_max)"
			+ " + coalesce(j.salary_annual_max, j.salary_annual_min)) / 2";

	private static final String PERCENTILES = "percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by b.pay)";

	private final JdbcTemplate jdbc;

	private final Taxonomy taxonomy;

	private final SalaryNormalizer salaries;

	private final InsightsProperties properties;

	InsightQueries(JdbcTemplate jdbc, Taxonomy taxonomy, SalaryNormalizer salaries, InsightsProperties properties) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.salaries = salaries;
		this.properties = properties;
	}

	public MarketReport report(InsightFilter filter, LocalDate today) {
		LocalDate from = today.minusWeeks(properties.weeks()).with(java.time.DayOfWeek.MONDAY);
		Period period = new Period(from, today);
		Base base = base(filter, period);
		long[] totals = jdbc.queryForObject(base.with("select count(*), count(distinct b.company_id) from b"),
				(rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }, base.bind());
		List<Week> weeks = weeks(base, period);
		Base everySkill = base(filter.withoutSkill(), period);
		List<Week> demandWeeks = filter.skill() == null ? weeks : weeks(everySkill, period);
		return new MarketReport(filter, from, today, salaries.referenceCurrency(), totals[0], totals[1],
				topSalaries(base, "join job_skill s on s.job_id = b.id", "s.skill", this::skillName),
				everyValue(salaries(base, "", "b.seniority", Integer.MAX_VALUE, false), seniorities()),
				topSalaries(base,
						"join lateral (select distinct l.country_code from job_location l where l.job_id = b.id) l on true",
						"l.country_code", Countries::name),
				everyValue(salaries(base, "", "b.workplace_type", Integer.MAX_VALUE, false), workplaces()), weeks,
				demandWeeks, demand(everySkill, demandWeeks, filter.skill()),
				together(base, filter.skill(), totals[0]));
	}

	private record Period(LocalDate from, LocalDate until) {

		Timestamp start() {
			return Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
		}

		Timestamp end() {
			return Timestamp.from(until.atStartOfDay(ZoneOffset.UTC).toInstant());
		}

	}

	/** The filtered jobs as a common table expression {@code b}, with its arguments. */
	private record Base(String sql, List<Object> args) {

		String with(String select) {
			return "with b as (" + sql + ") " + select;
		}

		Object[] bind(Object... more) {
			List<Object> all = new ArrayList<>(args);
			Collections.addAll(all, more);
			return all.toArray();
		}

	}

	private Base base(InsightFilter filter, Period period) {
		StringBuilder sql = new StringBuilder("select j.id, j.company_id, j.seniority, j.workplace_type, j.posted_at, ")
			.append(PAY)
			.append(" as pay from job j where j.posted_at >= ? and j.posted_at < ?");
		List<Object> args = new ArrayList<>(List.of(period.start(), period.end()));
		if (filter.skill() != null) {
			sql.append(" and exists (select 1 from job_skill s where s.job_id = j.id and s.skill = ?)");
			args.add(filter.skill());
		}
		if (filter.country() != null) {
			sql.append(" and exists (select 1 from job_location l where l.job_id = j.id and l.country_code = ?)");
			args.add(filter.country());
		}
		if (filter.seniority() != null) {
			sql.append(" and j.seniority = ?");
			args.add(filter.seniority().name());
		}
		return new Base(sql.toString(), List.copyOf(args));
	}

	/**
	 * The most common groups that are large enough to show, up to the configured number.
	 */
	private List<Distribution> topSalaries(Base base, String join, String key,
			java.util.function.Function<String, String> label) {
		return salaries(base, join, key, properties.topSkills(), true).stream()
			.map(row -> new Distribution(row.key(), label.apply(row.key()), row.jobs(), row.companies(), row.pay()))
			.toList();
	}

	private List<Distribution> salaries(Base base, String join, String key, int limit, boolean onlyShown) {
		String having = onlyShown ? " having count(*) >= ? and count(distinct b.company_id) >= ?" : "";
		String sql = base.with("select " + key + " as k, count(*) as jobs, count(distinct b.company_id) as companies, "
				+ PERCENTILES + " as p from b " + join + " where b.pay is not null group by " + key + having
				+ " order by count(*) desc, " + key + " limit ?");
		Object[] args = onlyShown ? base.bind(properties.minJobs(), properties.minCompanies(), limit)
				: base.bind(limit);
		return jdbc.query(sql, (rs, row) -> {
			long jobs = rs.getLong("jobs");
			long companies = rs.getLong("companies");
			return new Distribution(rs.getString("k"), rs.getString("k"), jobs, companies,
					shown(jobs, companies) ? percentiles(rs.getArray("p")) : null);
		}, args);
	}

	/**
	 * Every value of a closed set in its own order, with empty groups where no job has
	 * it.
	 */
	private List<Distribution> everyValue(List<Distribution> found, Map<String, String> labels) {
		Map<String, Distribution> byKey = new HashMap<>();
		found.forEach(row -> byKey.put(row.key(), row));
		return labels.entrySet().stream().map(entry -> {
			Distribution row = byKey.get(entry.getKey());
			return row == null ? new Distribution(entry.getKey(), entry.getValue(), 0, 0, null)
					: new Distribution(row.key(), entry.getValue(), row.jobs(), row.companies(), row.pay());
		}).toList();
	}

	private List<Week> weeks(Base base, Period period) {
		Map<LocalDate, Week> found = new HashMap<>();
		jdbc.query(base.with("select (date_trunc('week', b.posted_at at time zone 'UTC'))::date as week, count(*),"
				+ " count(distinct b.company_id), count(*) filter (where b.workplace_type = 'REMOTE')"
				+ " from b group by 1"), (ResultSet rs) -> {
					LocalDate start = rs.getObject(1, LocalDate.class);
					found.put(start, new Week(start, rs.getLong(2), rs.getLong(3), rs.getLong(4),
							shown(rs.getLong(2), rs.getLong(3))));
				}, base.bind());
		List<Week> weeks = new ArrayList<>();
		for (LocalDate week = period.from(); week.isBefore(period.until()); week = week.plusWeeks(1)) {
			weeks.add(found.getOrDefault(week, new Week(week, 0, 0, 0, false)));
		}
		return weeks;
	}

	private List<SkillTrend> demand(Base base, List<Week> weeks, @Nullable String chosen) {
		List<String> skills = new ArrayList<>();
		if (chosen != null) {
			skills.add(chosen);
		}
		jdbc.query(base.with("select s.skill from b join job_skill s on s.job_id = b.id group by s.skill"
				+ " order by count(*) desc, s.skill limit ?"), (ResultSet rs) -> {
					if (skills.size() < properties.trendSkills() && !skills.contains(rs.getString(1))) {
						skills.add(rs.getString(1));
					}
				}, base.bind(properties.trendSkills()));
		if (skills.isEmpty()) {
			return List.of();
		}
		Map<String, Map<LocalDate, Long>> counts = new HashMap<>();
		String marks = String.join(", ", Collections.nCopies(skills.size(), "?"));
		jdbc.query(
				base.with("select s.skill, (date_trunc('week', b.posted_at at time zone 'UTC'))::date, count(*)"
						+ " from b join job_skill s on s.job_id = b.id where s.skill in (" + marks + ") group by 1, 2"),
				(ResultSet rs) -> {
					counts.computeIfAbsent(rs.getString(1), skill -> new HashMap<>())
						.put(rs.getObject(2, LocalDate.class), rs.getLong(3));
				}, base.bind(skills.toArray()));
		return skills.stream().map(skill -> {
			Map<LocalDate, Long> perWeek = counts.getOrDefault(skill, Map.of());
			List<Long> count = weeks.stream().map(week -> perWeek.getOrDefault(week.start(), 0L)).toList();
			List<@Nullable Double> shares = new ArrayList<>();
			for (int i = 0; i < weeks.size(); i++) {
				Week week = weeks.get(i);
				shares.add(week.shown() ? (double) count.get(i) / week.jobs() : null);
			}
			return new SkillTrend(skill, skillName(skill), count, shares);
		}).toList();
	}

	private List<Together> together(Base base, @Nullable String chosen, long total) {
		if (total == 0) {
			return List.of();
		}
		String having = " having count(*) >= ? and count(distinct b.company_id) >= ?"
				+ " order by count(*) desc, 1 limit ?";
		if (chosen != null) {
			return jdbc.query(
					base.with("select s.skill, count(*), count(distinct b.company_id) from b"
							+ " join job_skill s on s.job_id = b.id where s.skill <> ? group by s.skill" + having),
					(rs, row) -> new Together(skillName(rs.getString(1)), rs.getLong(2), rs.getLong(3),
							(double) rs.getLong(2) / total),
					base.bind(chosen, properties.minJobs(), properties.minCompanies(), properties.topSkills()));
		}
		return jdbc.query(base.with("select a.skill || ' ' || c.skill, count(*), count(distinct b.company_id),"
				+ " a.skill, c.skill from b join job_skill a on a.job_id = b.id"
				+ " join job_skill c on c.job_id = b.id and a.skill < c.skill group by a.skill, c.skill" + having),
				(rs, row) -> new Together(skillName(rs.getString(4)) + " + " + skillName(rs.getString(5)),
						rs.getLong(2), rs.getLong(3), (double) rs.getLong(2) / total),
				base.bind(properties.minJobs(), properties.minCompanies(), properties.topSkills()));
	}

	private boolean shown(long jobs, long companies) {
		return jobs >= properties.minJobs() && companies >= properties.minCompanies();
	}

	private static Percentiles percentiles(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return new Percentiles(number(values[0]), number(values[1]), number(values[2]), number(values[3]),
				number(values[4]));
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

	private String skillName(String slug) {
		return taxonomy.bySlug(slug).map(Skill::name).orElse(slug);
	}

	private static Map<String, String> seniorities() {
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		for (dev.backboard.jobs.Seniority level : dev.backboard.jobs.Seniority.values()) {
			labels.put(level.name(), level.label());
		}
		return labels;
	}

	private static Map<String, String> workplaces() {
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		for (dev.backboard.jobs.WorkplaceType type : dev.backboard.jobs.WorkplaceType.values()) {
			labels.put(type.name(), type.label());
		}
		return labels;
	}

}
