package dev.backboard.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.ResolvedQuery;
import dev.backboard.search.internal.ResolvedQuery.Alternative;
import dev.backboard.search.internal.ResolvedQuery.Circle;
import dev.backboard.search.internal.ResolvedQuery.Technology;
import dev.backboard.search.internal.ResolvedQuery.TextClause;
import dev.backboard.search.internal.TextAnalysis;
import dev.backboard.search.internal.TextAnalysis.Words;

/**
 * A saved search checked against a job's own fields and words, without the index: the
 * {@link #verdict(JobFacts) verdict} says whether the search returns the job, or
 * {@link Verdict#MAYBE} where only the index can tell (a phrase across a field's values,
 * a place at the edge of the radius, pay at the threshold, a posting-age filter), so that
 * only those few are looked up in the index. Words are compared as the index analyses
 * them. The verdict is that of the search's exact spelling: a search that finds nothing
 * at all loosens its spelling, which the caller checks ({@link #canBeFuzzy()}).
 * <p>
 * The {@link #anchors() anchors} are keys of which a matching job has at least one (see
 * {@link #keys(JobFacts)}), for an inverted index from keys to saved searches.
 */
public final class MatchFilter {

	/** The key every job has, for a search with no filter to anchor it on. */
	public static final String ANY = "*";

	/** The index rounds annual pay to whole units; the test allows for it. */
	private static final BigDecimal ROUNDING = BigDecimal.ONE;

	/** The index's distance differs from the haversine formula by far less than this. */
	private static final double DISTANCE_SLACK = 1.01;

	/** One degree of latitude, and of longitude at the equator, in km. */
	private static final double KM_PER_DEGREE = 111.19;

	/** A radius spanning more map cells than this is not anchored on them. */
	private static final int MAX_CELLS = 64;

	/**
	 * A search anchored on more pairs of a skill or word and a place than this is
	 * anchored on the skill or words alone.
	 */
	private static final int MAX_PAIRS = 64;

	private final ResolvedQuery query;

	private final Set<String> countries;

	private final Set<String> companies;

	/** The skills every job must have, walked for each candidate job. */
	private final String[] skills;

	/** The country remote work must be open to, as the job's fields write it. */
	private final @Nullable String remoteFrom;

	private final List<Clause> text;

	private final List<Clause> exclusions;

	MatchFilter(ResolvedQuery query) {
		this.query = query;
		this.countries = query.countries().stream().map(JobFacts::upper).collect(Collectors.toUnmodifiableSet());
		this.companies = Set.copyOf(query.companies());
		this.skills = query.skills().toArray(String[]::new);
		this.remoteFrom = query.remoteFrom() == null ? null : JobFacts.upper(query.remoteFrom());
		this.text = query.text().stream().map(Clause::of).toList();
		this.exclusions = query.exclusions().stream().map(Clause::of).toList();
	}

	/** Whether the search answers with similar spellings when it finds nothing at all. */
	public boolean canBeFuzzy() {
		return query.canBeFuzzy();
	}

	/**
	 * The keys of which every job the search matches has at least one, the most telling
	 * first: a company, the map cells a radius covers, a skill, the words of its text, a
	 * country...
	 */
	public List<String> anchors() {
		if (!companies.isEmpty()) {
			return companies.stream().map(c -> "company:" + c).toList();
		}
		Circle circle = query.near();
		if (circle != null) {
			List<String> cells = cells(circle);
			if (!cells.isEmpty() && cells.size() <= MAX_CELLS) {
				return cells;
			}
		}
		if (!query.skills().isEmpty()) {
			// Every skill is required: one of them is enough to anchor on.
			return qualified(List.of("skill:" + query.skills().iterator().next()));
		}
		for (Clause clause : text) {
			List<String> anchors = clause.anchors();
			if (!anchors.isEmpty()) {
				return qualified(anchors);
			}
		}
		if (!countries.isEmpty()) {
			return countries.stream().map(c -> "country:" + c).toList();
		}
		if (query.remoteFrom() != null) {
			return List.of("workplace:" + WorkplaceType.REMOTE);
		}
		if (!query.workplace().isEmpty()) {
			return query.workplace().stream().map(w -> "workplace:" + w).toList();
		}
		if (!query.seniority().isEmpty()) {
			return query.seniority().stream().map(s -> "seniority:" + s).toList();
		}
		if (!query.employment().isEmpty()) {
			return query.employment().stream().map(e -> "employment:" + e).toList();
		}
		return List.of(ANY);
	}

	/**
	 * The anchors paired with the place or workplace every matching job also has, when
	 * the search names one: a new job is then compared with the searches for one of its
	 * skills or words only where it is, not with every search for that skill in the
	 * world. Too many pairs, and the anchors stay as they are.
	 */
	private List<String> qualified(List<String> anchors) {
		List<String> qualifiers = qualifiers();
		if (qualifiers.isEmpty() || anchors.size() * qualifiers.size() > MAX_PAIRS) {
			return anchors;
		}
		List<String> pairs = new ArrayList<>(anchors.size() * qualifiers.size());
		for (String anchor : anchors) {
			if (pairable(anchor)) {
				qualifiers.forEach(qualifier -> pairs.add(pair(anchor, qualifier)));
			}
			else {
				pairs.add(anchor);
			}
		}
		return pairs;
	}

	/** The keys a job pairs with its qualifiers (see {@link #keys(JobFacts)}). */
	private static boolean pairable(String key) {
		return key.startsWith("skill:") || key.startsWith("word:") || key.startsWith("exact:");
	}

	/**
	 * Keys of which every job the search matches has one, besides its skills and words:
	 * one of its countries, remote work, or one of its workplace types.
	 */
	private List<String> qualifiers() {
		if (!countries.isEmpty()) {
			return countries.stream().map(c -> "country:" + c).toList();
		}
		if (remoteFrom != null) {
			return List.of("workplace:" + WorkplaceType.REMOTE);
		}
		return query.workplace().stream().map(w -> "workplace:" + w).toList();
	}

	private static String pair(String anchor, String qualifier) {
		return anchor + "&" + qualifier;
	}

	/** A job's keys, to look up the saved searches anchored on any of them. */
	public static List<String> keys(JobFacts job) {
		List<String> keys = new ArrayList<>();
		keys.add(ANY);
		job.skills().forEach(s -> keys.add("skill:" + s));
		keys.add("company:" + job.companySlug());
		job.countries().forEach(c -> keys.add("country:" + c));
		keys.add("workplace:" + job.workplace());
		keys.add("seniority:" + job.seniority());
		keys.add("employment:" + job.employment());
		job.locations()
			.stream()
			.filter(location -> location.latitude() != null && location.longitude() != null)
			.forEach(location -> keys.add(cell(location.latitude(), location.longitude())));
		job.text().words().forEach(word -> keys.add("word:" + word));
		job.text().exactWords().forEach(word -> keys.add("exact:" + word));
		// A search for a skill or words in a place or workplace type is anchored on the
		// pair.
		List<String> qualifiers = new ArrayList<>(job.countries().size() + 1);
		job.countries().forEach(c -> qualifiers.add("country:" + c));
		qualifiers.add("workplace:" + job.workplace());
		int single = keys.size();
		for (int i = 0; i < single; i++) {
			String key = keys.get(i);
			if (pairable(key)) {
				for (String qualifier : qualifiers) {
					keys.add(pair(key, qualifier));
				}
			}
		}
		return keys;
	}

	/**
	 * Whether the search, spelled as saved, returns the job: yes, no, or ask the index.
	 */
	public Verdict verdict(JobFacts job) {
		if (!mayMatch(job)) {
			return Verdict.NO;
		}
		Verdict verdict = Verdict.YES;
		for (Clause clause : text) {
			verdict = verdict.and(clause.verdict(job));
			if (verdict == Verdict.NO) {
				return verdict;
			}
		}
		for (Clause clause : exclusions) {
			verdict = verdict.and(clause.verdict(job).not());
			if (verdict == Verdict.NO) {
				return verdict;
			}
		}
		return verdict.and(filtersCertain(job));
	}

	/**
	 * Whether the search, with its spelling loosened (as when it finds nothing at all),
	 * may return the job: false only when it certainly would not, so that the index is
	 * asked about the rest.
	 */
	public boolean mayMatchLoosened(JobFacts job) {
		if (!mayMatch(job)) {
			return false;
		}
		for (Clause clause : text) {
			if (!clause.mayMatchLoosened(job)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code MAYBE} where the filters' test above allowed for the index's rounding, or
	 * where the job's own fields do not tell.
	 */
	private Verdict filtersCertain(JobFacts job) {
		if (query.postedSince() != null) {
			return Verdict.MAYBE;
		}
		BigDecimal least = query.salaryMinReference();
		if (least != null && job.annualMax().subtract(ROUNDING).compareTo(least) < 0) {
			return Verdict.MAYBE;
		}
		Circle circle = query.near();
		if (circle != null && job.locations()
			.stream()
			.noneMatch(location -> location.latitude() != null && location.longitude() != null
					&& kilometres(circle.latitude(), circle.longitude(), location.latitude(),
							location.longitude()) <= circle.radiusKm() / DISTANCE_SLACK - 1)) {
			return Verdict.MAYBE;
		}
		return Verdict.YES;
	}

	/**
	 * Whether the search's filters may let the job through; false only when the index
	 * would certainly not.
	 */
	public boolean mayMatch(JobFacts job) {
		// Asked for every saved search a new job's keys lead to: plain loops, no streams
		// or iterators over empty sets.
		for (String skill : skills) {
			if (!job.skills().contains(skill)) {
				return false;
			}
		}
		return (query.workplace().isEmpty() || query.workplace().contains(job.workplace()))
				&& (countries.isEmpty() || anyOf(job.countries(), countries))
				&& (query.seniority().isEmpty() || query.seniority().contains(job.seniority()))
				&& (query.employment().isEmpty() || query.employment().contains(job.employment()))
				&& (companies.isEmpty() || companies.contains(job.companySlug())) && pays(job) && near(job)
				&& remote(job) && (!query.visa() || job.visa());
	}

	private static boolean anyOf(Set<String> values, Set<String> wanted) {
		for (String value : values) {
			if (wanted.contains(value)) {
				return true;
			}
		}
		return false;
	}

	private boolean pays(JobFacts job) {
		BigDecimal least = query.salaryMinReference();
		return least == null || (job.annualMax() != null && job.annualMax().add(ROUNDING).compareTo(least) >= 0);
	}

	private boolean near(JobFacts job) {
		Circle circle = query.near();
		if (circle == null) {
			return true;
		}
		for (JobLocation location : job.locations()) {
			if (location.latitude() != null && location.longitude() != null
					&& kilometres(circle.latitude(), circle.longitude(), location.latitude(),
							location.longitude()) <= circle.radiusKm() * DISTANCE_SLACK + 1) {
				return true;
			}
		}
		return false;
	}

	private boolean remote(JobFacts job) {
		return remoteFrom == null || (job.workplace() == WorkplaceType.REMOTE
				&& (job.remoteCountries().isEmpty() || job.remoteCountries().contains(remoteFrom)));
	}

	/**
	 * The one-degree map cells the circle, widened by the distance slack, touches; none
	 * for a circle around a pole.
	 */
	private static List<String> cells(Circle circle) {
		double reach = circle.radiusKm() * DISTANCE_SLACK + 1;
		double latitudes = reach / KM_PER_DEGREE;
		double cosine = Math.cos(Math.toRadians(Math.min(89, Math.abs(circle.latitude()) + latitudes)));
		double longitudes = reach / (KM_PER_DEGREE * cosine);
		if (circle.latitude() + latitudes >= 90 || circle.latitude() - latitudes <= -90 || longitudes >= 180) {
			return List.of();
		}
		List<String> cells = new ArrayList<>();
		for (int lat = (int) Math.floor(circle.latitude() - latitudes); lat <= (int) Math
			.floor(circle.latitude() + latitudes); lat++) {
			for (int lon = (int) Math.floor(circle.longitude() - longitudes); lon <= (int) Math
				.floor(circle.longitude() + longitudes); lon++) {
				cells.add(cell(lat, lon));
			}
		}
		return cells;
	}

	private static String cell(double latitude, double longitude) {
		return cell((int) Math.floor(latitude), (int) Math.floor(longitude));
	}

	private static String cell(int latitude, int longitude) {
		// Longitudes wrap around the antimeridian.
		return "cell:" + latitude + ":" + (Math.floorMod(longitude + 180, 360) - 180);
	}

	private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	/** Whether the search returns a job. */
	public enum Verdict {

		YES, NO, MAYBE;

		Verdict and(Verdict other) {
			return this == NO || other == NO ? NO : this == MAYBE || other == MAYBE ? MAYBE : YES;
		}

		Verdict or(Verdict other) {
			return this == YES || other == YES ? YES : this == MAYBE || other == MAYBE ? MAYBE : NO;
		}

		Verdict not() {
			return this == YES ? NO : this == NO ? YES : MAYBE;
		}

	}

	/**
	 * One clause of the text as the index matches it: any of its alternatives, each a
	 * word (any of its analysed words in a text field), a phrase (its words in order in
	 * one field), or a technology (tagged with one of its skills, or one of its forms
	 * written as a phrase in the title or description), or the workplace type it names.
	 */
	private record Clause(List<Option> options) {

		static Clause of(TextClause clause) {
			return new Clause(clause.alternatives().stream().map(Option::of).toList());
		}

		Verdict verdict(JobFacts job) {
			Verdict verdict = Verdict.NO;
			for (Option option : options) {
				verdict = verdict.or(option.verdict(job));
				if (verdict == Verdict.YES) {
					return verdict;
				}
			}
			return verdict;
		}

		boolean mayMatchLoosened(JobFacts job) {
			for (Option option : options) {
				if (option.verdict(job) != Verdict.NO || option.nearWord(job)) {
					return true;
				}
			}
			return false;
		}

		/** Keys of which a job the clause matches has one; empty when there are none. */
		List<String> anchors() {
			List<String> anchors = new ArrayList<>();
			for (Option option : options) {
				List<String> own = option.anchors();
				if (own.isEmpty()) {
					return List.of();
				}
				anchors.addAll(own);
			}
			return anchors;
		}

	}

	private record Option(Alternative alternative, Words words, List<Words> forms, List<String> loosened) {

		/**
		 * The loosened spellings of words, shared by every search with the same word:
		 * there are far fewer words than searches.
		 */
		private static final Cache<String, CharacterRunAutomaton> LOOSENED = Caffeine.newBuilder()
			.maximumSize(100_000)
			.build();

		static Option of(Alternative alternative) {
			Technology technology = alternative.technology();
			Words words = TextAnalysis.english(alternative.text());
			int length = alternative.text().length();
			// As the index loosens a word: one typo from four letters, two from eight,
			// the
			// first letter kept, a swap of two letters counting as one.
			int edits = length >= 8 ? 2 : 1;
			List<String> loosened = technology != null || alternative.phrase() || length < 4 ? List.of()
					: words.distinct().stream().map(word -> edits + ":" + word).toList();
			return new Option(alternative, words,
					technology == null ? List.of() : technology.forms().stream().map(TextAnalysis::exact).toList(),
					loosened);
		}

		/**
		 * Whether a word of the job is within the loosened spelling of one of this one's.
		 */
		boolean nearWord(JobFacts job) {
			for (String key : loosened) {
				CharacterRunAutomaton automaton = LOOSENED.get(key, Option::automaton);
				for (String word : job.text().words()) {
					if (automaton.run(word)) {
						return true;
					}
				}
			}
			return false;
		}

		/** The automaton of a key {@code <edits>:<word>}. */
		private static CharacterRunAutomaton automaton(String key) {
			String word = key.substring(2);
			return new CharacterRunAutomaton(new LevenshteinAutomata(word.substring(1), true)
				.toAutomaton(key.charAt(0) - '0', word.substring(0, 1)));
		}

		Verdict verdict(JobFacts job) {
			if (alternative.workplace() != null && alternative.workplace() == job.workplace()) {
				return Verdict.YES;
			}
			Technology technology = alternative.technology();
			if (technology != null) {
				for (String slug : technology.slugs()) {
					if (job.skills().contains(slug)) {
						return Verdict.YES;
					}
				}
				Verdict verdict = Verdict.NO;
				for (Words form : forms) {
					// The title and the description hold one value each: a phrase is
					// there or not.
					verdict = verdict.or(phrase(form, job.text().exactFields(), job.text().exactWords()) == Verdict.YES
							? Verdict.YES : Verdict.NO);
				}
				return verdict;
			}
			if (words.isEmpty()) {
				return Verdict.MAYBE;
			}
			if (alternative.phrase()) {
				return phrase(words, job.text().fields(), job.text().words());
			}
			for (String word : words.distinct()) {
				if (job.text().words().contains(word)) {
					return Verdict.YES;
				}
			}
			return Verdict.NO;
		}

		/**
		 * A phrase found in one value is certain; its words in the field but not together
		 * could still meet across two values of a field, which only the index tells.
		 */
		private static Verdict phrase(Words phrase, List<Words> fields, Set<String> all) {
			if (phrase.isEmpty()) {
				return Verdict.MAYBE;
			}
			if (!all.containsAll(phrase.distinct())) {
				return Verdict.NO;
			}
			return fields.stream().anyMatch(field -> field.containsPhrase(phrase)) ? Verdict.YES : Verdict.MAYBE;
		}

		List<String> anchors() {
			List<String> anchors = new ArrayList<>();
			if (alternative.workplace() != null) {
				anchors.add("workplace:" + alternative.workplace());
			}
			Technology technology = alternative.technology();
			if (technology != null) {
				technology.slugs().forEach(slug -> anchors.add("skill:" + slug));
				for (Words form : forms) {
					if (form.isEmpty()) {
						return List.of();
					}
					anchors.add("exact:" + form.distinct().get(0));
				}
				return anchors;
			}
			if (words.isEmpty()) {
				return List.of();
			}
			if (alternative.phrase()) {
				anchors.add("word:" + words.distinct().get(0));
			}
			else {
				words.distinct().forEach(word -> anchors.add("word:" + word));
			}
			return anchors;
		}

	}

}
