package dev.backboard.search.internal;

import java.util.Map;

/**
 * The exact number of jobs a query matches and the counts of each facet group. Terms
 * groups are keyed by the indexed value (an enum constant, a skill slug, a country code,
 * a company id as a {@code Long}), highest count first and cut to the group's size; range
 * groups ({@link FacetGroup#SALARY}, {@link FacetGroup#AGE}) hold one count per threshold
 * of {@link FacetLabels#salaryThresholds} and {@link FacetLabels#ageThresholds}, in that
 * order.
 */
public record FacetCounts(long total, Map<FacetGroup, Map<?, Long>> groups) {

	public Map<?, Long> of(FacetGroup group) {
		return groups.getOrDefault(group, Map.of());
	}

}
