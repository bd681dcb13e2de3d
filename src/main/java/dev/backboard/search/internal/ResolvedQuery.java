package dev.backboard.search.internal;

import java.math.BigDecimal;
import java.time.Instant;
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
		List<String> interpretation) {

	/**
	 * One clause of the text: alternatives (joined by OR), each a phrase or a word,
	 * possibly recognised as a skill.
	 */
	public record TextClause(List<Alternative> alternatives) {
	}

	/**
	 * A word or phrase to find in the text, and the skill or workplace type it names, if
	 * any.
	 */
	public record Alternative(String text, boolean phrase, @Nullable String skill, @Nullable WorkplaceType workplace) {
	}

	/**
	 * A point and a radius in km.
	 */
	public record Circle(double latitude, double longitude, int radiusKm) {
	}

}
