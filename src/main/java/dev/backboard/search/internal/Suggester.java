package dev.backboard.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

import dev.backboard.jobs.Job;
import dev.backboard.search.JobQuery;
import dev.backboard.search.Suggestion;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * Completions for the search box: skills from the taxonomy, then job titles, companies
 * and places from the index, each with the number of open jobs behind it.
 */
@Component
public class Suggester {

	private final Taxonomy taxonomy;

	Suggester(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	public List<Suggestion> suggest(SearchSession session, String prefix, int limit) {
		String lower = prefix.strip().toLowerCase(Locale.ROOT);
		if (lower.isEmpty()) {
			return List.of();
		}
		AggregationKey<Map<String, Long>> titles = AggregationKey.of("titles");
		AggregationKey<Map<String, Long>> companies = AggregationKey.of("companies");
		AggregationKey<Map<String, Long>> places = AggregationKey.of("places");
		SearchResult<Long> result = session.search(Job.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool()
				.should(f.match().field(JobFields.TITLE_AUTOCOMPLETE).matching(lower))
				.should(f.match().field(JobFields.COMPANY_AUTOCOMPLETE).matching(lower))
				.should(f.match().field(JobFields.CITY_AUTOCOMPLETE).matching(lower)))
			.aggregation(titles, f -> f.terms().field(JobFields.TITLE_FAMILY, String.class).maxTermCount(200))
			.aggregation(companies, f -> f.terms().field(JobFields.COMPANY_FACET, String.class).maxTermCount(200))
			.aggregation(places, f -> f.terms().field(JobFields.CITY, String.class).maxTermCount(200))
			.fetch(0);
		List<Suggestion> suggestions = new ArrayList<>();
		skillSuggestions(lower, limit).forEach(skill -> suggestions.add(new Suggestion("skill", skill.name(),
				JobQuery.builder().skills(skill.slug()).build().toQueryString(), 0)));
		matching(result.aggregation(titles), lower, limit).forEach((title, count) -> suggestions
			.add(new Suggestion("title", title, JobQuery.builder().q(title).build().toQueryString(), count)));
		matching(result.aggregation(companies), lower, limit).forEach((key, count) -> {
			int separator = key.indexOf(CompanyFacetKey.SEPARATOR);
			suggestions.add(new Suggestion("company", key.substring(separator + 1),
					JobQuery.builder().company(key.substring(0, separator)).build().toQueryString(), count));
		});
		matching(result.aggregation(places), lower, limit).forEach((city, count) -> suggestions
			.add(new Suggestion("place", city, JobQuery.builder().near(city).build().toQueryString(), count)));
		return suggestions.stream().limit(limit * 2L).toList();
	}

	private List<Skill> skillSuggestions(String prefix, int limit) {
		return taxonomy.all()
			.stream()
			.filter(skill -> startsWith(skill.name(), prefix) || skill.slug().startsWith(prefix)
					|| skill.aliases().stream().anyMatch(alias -> startsWith(alias, prefix)))
			.sorted(Comparator.comparingInt((Skill skill) -> skill.name().length()))
			.limit(limit)
			.toList();
	}

	/** The keys that have a word starting with the prefix, most jobs first. */
	private static Map<String, Long> matching(Map<String, Long> counts, String prefix, int limit) {
		Map<String, Long> matching = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.filter(entry -> hasWordStartingWith(entry.getKey(), prefix))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(limit)
			.forEach(entry -> matching.put(entry.getKey(), entry.getValue()));
		return matching;
	}

	private static boolean startsWith(String text, String prefix) {
		return text.toLowerCase(Locale.ROOT).startsWith(prefix);
	}

	private static boolean hasWordStartingWith(String text, String prefix) {
		String lower = text.toLowerCase(Locale.ROOT).replace(CompanyFacetKey.SEPARATOR, ' ');
		if (lower.startsWith(prefix)) {
			return true;
		}
		for (String word : lower.split("[\\s,()/-]+")) {
			if (word.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
