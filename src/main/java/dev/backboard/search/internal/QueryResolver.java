package dev.backboard.search.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.backboard.geo.Gazetteer;
import dev.backboard.geo.Place;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobQuery;
import dev.backboard.search.internal.ResolvedQuery.Alternative;
import dev.backboard.search.internal.ResolvedQuery.Circle;
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
		List<TextClause> clauses = mergeSkillBigrams(text.groups().stream().map(this::clause).toList());
		List<TextClause> exclusions = text.exclusions().stream().map(exclusion -> clause(List.of(exclusion))).toList();
		String currency = currency(query.currency());
		return new ResolvedQuery(query, clauses, exclusions, skills(query.skills()), Set.copyOf(query.workplace()),
				countries("country", query.country()), near(query),
				query.remoteFrom() == null ? null
						: countries("remoteFrom", List.of(query.remoteFrom())).iterator().next(),
				query.salaryMin() == null ? null : salaries.toReference(query.salaryMin(), currency).orElseThrow(),
				currency, Set.copyOf(query.seniority()), Set.copyOf(query.employment()),
				Boolean.TRUE.equals(query.visa()),
				query.postedWithin() == null ? null : clock.instant().minus(Duration.ofDays(query.postedWithin())),
				Set.copyOf(query.company()), interpretation(clauses, exclusions), false);
	}

	/** How words were read as skills: "golang" as Go, "postgress" as PostgreSQL. */
	private static List<String> interpretation(List<TextClause> clauses, List<TextClause> exclusions) {
		return Stream.concat(clauses.stream(), exclusions.stream())
			.flatMap(clause -> clause.alternatives().stream())
			.filter(a -> a.skillName() != null && !a.skillName().equalsIgnoreCase(a.text()))
			.map(a -> "\"" + a.text() + "\" as " + a.skillName())
			.toList();
	}

	private TextClause clause(List<QueryText.Clause> group) {
		return new TextClause(group.stream().map(clause -> {
			Optional<Skill> skill = taxonomy.resolve(clause.text());
			if (skill.isEmpty() && !clause.phrase()) {
				skill = taxonomy.resolveTypo(clause.text());
			}
			return new Alternative(clause.text(), clause.phrase(), skill.map(Skill::slug).orElse(null),
					skill.map(Skill::name).orElse(null), workplace(clause.text()));
		}).toList());
	}

	/** "spring boot" and "google cloud" are one skill, not two words. */
	private List<TextClause> mergeSkillBigrams(List<TextClause> clauses) {
		List<TextClause> merged = new ArrayList<>();
		for (int i = 0; i < clauses.size(); i++) {
			if (i + 1 < clauses.size() && isSingleWord(clauses.get(i)) && isSingleWord(clauses.get(i + 1))) {
				String first = clauses.get(i).alternatives().get(0).text();
				String second = clauses.get(i + 1).alternatives().get(0).text();
				Optional<Skill> skill = taxonomy.resolve(first + " " + second);
				if (skill.isPresent()) {
					merged.add(new TextClause(List.of(new Alternative(first + " " + second, true, skill.get().slug(),
							skill.get().name(), null))));
					i++;
					continue;
				}
			}
			merged.add(clauses.get(i));
		}
		return merged;
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
