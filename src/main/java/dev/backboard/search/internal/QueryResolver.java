package dev.backboard.search.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.jspecify.annotations.Nullable;

import dev.backboard.geo.Gazetteer;
import dev.backboard.geo.Place;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobQuery;
import dev.backboard.search.internal.ResolvedQuery.Alternative;
import dev.backboard.search.internal.ResolvedQuery.Circle;
import dev.backboard.search.internal.ResolvedQuery.Technology;
import dev.backboard.search.internal.ResolvedQuery.TextClause;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * Checks a query's parameters and translates them to what the index holds. A parameter
 * that cannot be honoured is an {@link InvalidSearch} naming it.
 */
@Component
public class QueryResolver {

	static final int DEFAULT_RADIUS_KM = 50;

	private static final int MAX_RESULT_WINDOW = 10_000;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern COORDINATES = Pattern
		.compile("\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final Taxonomy taxonomy;

	private final Gazetteer gazetteer;

	private final SalaryNormalizer salaries;

	private final Clock clock;

	QueryResolver(Taxonomy taxonomy, Gazetteer gazetteer, SalaryNormalizer salaries, Clock clock) {
		this.taxonomy = taxonomy;
		this.gazetteer = gazetteer;
		this.salaries = salaries;
		this.clock = clock;
	}

	public ResolvedQuery resolve(JobQuery query) {
		if ((long) query.pageOrDefault() * query.sizeOrDefault() > MAX_RESULT_WINDOW) {
			throw new InvalidSearch("page",
					"results past the first " + MAX_RESULT_WINDOW + " are not served; narrow the search");
		}
		QueryText text = QueryText.parse(query.q() == null ? "" : query.q());
		List<TextClause> clauses = withoutStopWords(mergeSkillNames(text.groups().stream().map(this::clause).toList()));
		List<TextClause> exclusions = withoutStopWords(
				text.exclusions().stream().map(exclusion -> clause(List.of(exclusion))).toList());
		String currency = currency(query.currency());
		return new ResolvedQuery(query, clauses, exclusions, skills(query.skills()), Set.copyOf(query.workplace()),
				countries("country", query.country()), near(query),
				query.remoteFrom() == null ? null
						: countries("remoteFrom", List.of(query.remoteFrom())).iterator().next(),
				query.salaryMin() == null ? null : salaries.toReference(query.salaryMin(), currency).orElseThrow(),
				currency, Set.copyOf(query.seniority()), Set.copyOf(query.employment()),
				Boolean.TRUE.equals(query.visa()),
				query.postedWithin() == null ? null
						: clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(query.postedWithin())),
				Set.copyOf(query.company()), interpretation(clauses, exclusions), false);
	}

	/**
	 * How words were read as skills: "golang" as Go, "postgress" as PostgreSQL, and "go"
	 * as the technology rather than the verb.
	 */
	private static List<String> interpretation(List<TextClause> clauses, List<TextClause> exclusions) {
		return Stream.concat(clauses.stream(), exclusions.stream())
			.flatMap(clause -> clause.alternatives().stream())
			.filter(a -> a.technology() != null)
			.flatMap(a -> {
				Technology technology = a.technology();
				if (!technology.name().equalsIgnoreCase(a.text())) {
					return Stream.of("\"" + a.text() + "\" as " + technology.name());
				}
				return technology.ordinaryWord()
						? Stream.of("\"" + a.text() + "\" as the technology " + technology.name()) : Stream.empty();
			})
			.toList();
	}

	private TextClause clause(List<QueryText.Clause> group) {
		return new TextClause(group.stream().map(clause -> {
			Optional<Skill> skill = taxonomy.resolve(clause.text());
			if (skill.isEmpty() && !clause.phrase() && !isStopWords(clause.text())) {
				skill = taxonomy.resolveTypo(clause.text());
			}
			return new Alternative(clause.text(), clause.phrase(),
					skill.map(s -> technology(clause.text(), s)).orElse(null), workplace(clause.text()));
		}).toList());
	}

	/** The skill and those named after it: "spring" finds Spring Boot jobs too. */
	private Technology technology(String typed, Skill skill) {
		Set<String> slugs = new LinkedHashSet<>();
		List<String> forms = new ArrayList<>();
		for (Skill member : Stream.concat(Stream.of(skill), taxonomy.namedAfter(skill).stream()).toList()) {
			slugs.add(member.slug());
			forms.addAll(taxonomy.unambiguousForms(member));
		}
		return new Technology(skill.slug(), skill.name(), slugs, forms, taxonomy.isAmbiguous(typed));
	}

	/**
	 * Technology names of several words are one clause, not several ("spring boot", "ruby
	 * on rails"); the longest name wins.
	 */
	private List<TextClause> mergeSkillNames(List<TextClause> clauses) {
		List<TextClause> merged = new ArrayList<>();
		int i = 0;
		while (i < clauses.size()) {
			int words = longestSkillName(clauses, i);
			if (words > 1) {
				String name = joined(clauses, i, words);
				Skill skill = taxonomy.resolve(name).orElseThrow();
				merged.add(new TextClause(List.of(new Alternative(name, true, technology(name, skill), null))));
			}
			else {
				merged.add(clauses.get(i));
			}
			i += words;
		}
		return merged;
	}

	/** How many single words from {@code start} on name a skill together, or 1. */
	private int longestSkillName(List<TextClause> clauses, int start) {
		int singles = 0;
		while (start + singles < clauses.size() && singles < taxonomy.longestName()
				&& isSingleWord(clauses.get(start + singles))) {
			singles++;
		}
		for (int words = singles; words > 1; words--) {
			if (taxonomy.resolve(joined(clauses, start, words)).isPresent()) {
				return words;
			}
		}
		return 1;
	}

	private static String joined(List<TextClause> clauses, int start, int words) {
		return clauses.subList(start, start + words)
			.stream()
			.map(clause -> clause.alternatives().get(0).text())
			.collect(Collectors.joining(" "));
	}

	/**
	 * Leaves out stop words ("on", "of", "and"), which the text analyzer drops: required,
	 * they would match nothing. Technology names keep theirs.
	 */
	private static List<TextClause> withoutStopWords(List<TextClause> clauses) {
		return clauses.stream()
			.map(clause -> new TextClause(clause.alternatives()
				.stream()
				.filter(a -> a.technology() != null || !isStopWords(a.text()))
				.toList()))
			.filter(clause -> !clause.alternatives().isEmpty())
			.toList();
	}

	private static boolean isStopWords(String text) {
		return WORDS.splitAsStream(text.toLowerCase(Locale.ROOT))
			.filter(word -> !word.isEmpty())
			.allMatch(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET::contains);
	}

	/** "remote", "hybrid" and "on-site" in the text also mean the workplace type. */
	private static @Nullable WorkplaceType workplace(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "remote", "remotely", "wfh" -> WorkplaceType.REMOTE;
			case "hybrid" -> WorkplaceType.HYBRID;
			case "onsite", "on-site", "office" -> WorkplaceType.ONSITE;
			default -> null;
		};
	}

	private static boolean isSingleWord(TextClause clause) {
		return clause.alternatives().size() == 1 && !clause.alternatives().get(0).phrase();
	}

	private Set<String> skills(List<String> requested) {
		Set<String> slugs = new LinkedHashSet<>();
		for (String name : requested) {
			slugs.add(taxonomy.resolve(name)
				.map(Skill::slug)
				.orElseThrow(
						() -> new InvalidSearch("skills", "\"" + name + "\" is not a technology Backboard knows")));
		}
		return slugs;
	}

	private static Set<String> countries(String parameter, List<String> codes) {
		Set<String> countries = new LinkedHashSet<>();
		for (String code : codes) {
			String upper = code.toUpperCase(Locale.ROOT);
			if (!COUNTRIES.contains(upper)) {
				throw new InvalidSearch(parameter, "\"" + code + "\" is not an ISO 3166 country code such as DE");
			}
			countries.add(upper);
		}
		return countries;
	}

	private String currency(@Nullable String requested) {
		if (requested == null) {
			return salaries.referenceCurrency();
		}
		String upper = requested.toUpperCase(Locale.ROOT);
		if (!salaries.isKnown(upper)) {
			throw new InvalidSearch("currency",
					"\"" + requested + "\" is not a supported currency; use one of " + salaries.currencies());
		}
		return upper;
	}

	private @Nullable Circle near(JobQuery query) {
		if (query.near() == null) {
			if (query.radius() != null) {
				throw new InvalidSearch("radius", "a radius needs a place: set near as well");
			}
			return null;
		}
		int radius = query.radius() == null ? DEFAULT_RADIUS_KM : query.radius();
		Matcher coordinates = COORDINATES.matcher(query.near());
		if (coordinates.matches()) {
			double latitude = Double.parseDouble(coordinates.group(1));
			double longitude = Double.parseDouble(coordinates.group(2));
			if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
				throw new InvalidSearch("near", "coordinates out of range");
			}
			return new Circle(latitude, longitude, radius);
		}
		Place place = gazetteer.find(query.near())
			.orElseThrow(() -> new InvalidSearch("near", "\"" + query.near() + "\" is not a place Backboard knows"));
		return new Circle(place.latitude(), place.longitude(), radius);
	}

}
