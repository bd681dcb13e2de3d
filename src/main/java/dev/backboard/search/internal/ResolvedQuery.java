package dev.backboard.search.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.JobQuery;

/**
 * A query checked and translated to index terms: skills as slugs, places as coordinates,
 * pay in the reference currency.
 */
public record ResolvedQuery(JobQuery query, List<TextClause> text, List<TextClause> exclusions, Set<String> skills,
		Set<WorkplaceType> workplace, Set<String> countries, @Nullable Circle near, @Nullable String remoteFrom,
		@Nullable BigDecimal salaryMinReference, String currency, Set<Seniority> seniority,
		Set<EmploymentType> employment, boolean visa, @Nullable Instant postedSince, Set<String> companies,
		List<String> interpretation, boolean fuzzy) {

	/**
	 * Whether loosening the spelling could find more: some word is long enough and names
	 * no skill.
	 */
	public boolean canBeFuzzy() {
		return !fuzzy && text.stream()
			.flatMap(clause -> clause.alternatives().stream())
			.anyMatch(a -> !a.phrase() && a.technology() == null && a.text().length() >= 4);
	}

	/**
	 * The same query with words matched up to one or two typos away, and a note saying
	 * so.
	 */
	public ResolvedQuery withFuzzyMatching() {
		List<String> notes = new ArrayList<>(interpretation);
		notes.add("similar spellings, as nothing matched exactly");
		return new ResolvedQuery(query, text, exclusions, skills, workplace, countries, near, remoteFrom,
				salaryMinReference, currency, seniority, employment, visa, postedSince, companies, notes, true);
	}

	/**
	 * The same query without the filters that facets offer and count without their own
	 * selection (workplace, countries, seniority, employment, pay, posting age,
	 * companies): text, skills, place, remote-from and visa stay.
	 */
	public ResolvedQuery withoutFacetFilters() {
		return new ResolvedQuery(query, text, exclusions, skills, Set.of(), Set.of(), near, remoteFrom, null, currency,
				Set.of(), Set.of(), visa, null, Set.of(), interpretation, fuzzy);
	}

	/**
	 * A query with nothing but one facet group's filter, to find the jobs that filter
	 * lets through.
	 */
	public ResolvedQuery onlyFacetFilter(FacetGroup group) {
		return new ResolvedQuery(query, List.of(), List.of(), Set.of(),
				group == FacetGroup.WORKPLACE ? workplace : Set.of(),
				group == FacetGroup.COUNTRY ? countries : Set.of(), null, null,
				group == FacetGroup.SALARY ? salaryMinReference : null, currency,
				group == FacetGroup.SENIORITY ? seniority : Set.of(),
				group == FacetGroup.EMPLOYMENT ? employment : Set.of(), false,
				group == FacetGroup.AGE ? postedSince : null, group == FacetGroup.COMPANY ? companies : Set.of(),
				interpretation, fuzzy);
	}

	/**
	 * One clause of the text: alternatives (joined by OR), each a phrase or a word,
	 * possibly recognised as a skill.
	 */
	public record TextClause(List<Alternative> alternatives) {
	}

	/**
	 * A word or phrase to find in the text, and the technology or workplace type it
	 * names, if any.
	 */
	public record Alternative(String text, boolean phrase, @Nullable Technology technology,
			@Nullable WorkplaceType workplace) {
	}

	/**
	 * A technology a word or phrase names: it matches jobs tagged with it, or whose text
	 * writes one of its forms exactly, never a word that merely shares its stem.
	 *
	 * @param slug the skill named
	 * @param name its display name
	 * @param slugs the skill and its specializations ("spring": Spring Boot, Spring Data)
	 * @param forms the names and aliases of those skills that only ever mean the
	 * technology, to find in the text ("golang", not "go")
	 * @param ordinaryWord whether what was typed is also an ordinary word ("go", "rest")
	 */
	public record Technology(String slug, String name, Set<String> slugs, List<String> forms, boolean ordinaryWord) {

		public Technology {
			slugs = Set.copyOf(slugs);
			forms = List.copyOf(forms);
		}

	}

	/**
	 * A point and a radius in km.
	 */
	public record Circle(double latitude, double longitude, int radiusKm) {
	}

}
