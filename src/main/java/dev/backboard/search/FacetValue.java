package dev.backboard.search;

/**
 * One value of a facet with the number of jobs that selecting it would show.
 *
 * @param value the parameter value that selects it
 * @param label what to show
 * @param count matching jobs
 * @param selected whether the current query selects it
 */
public record FacetValue(String value, String label, long count, boolean selected) {
}
