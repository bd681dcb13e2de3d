package dev.backboard.search;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Counts of jobs per value of one search parameter.
 *
 * @param parameter the query parameter the values set ("skills", "workplace"...)
 * @param label the facet's heading
 * @param values the values, most jobs first
 * @param multiSelect whether values add up (any-of, the counts ignoring this facet's own
 * selection) rather than narrow down (all-of or single-valued)
 */
public record Facet(@Schema(example = "skills") String parameter, @Schema(example = "Skills") String label,
		List<FacetValue> values, @Schema(example = "true") boolean multiSelect) {

	public Facet {
		values = List.copyOf(values);
	}

}
