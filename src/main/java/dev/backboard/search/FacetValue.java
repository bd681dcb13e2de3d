package dev.backboard.search;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One value of a facet with the number of jobs that selecting it would show.
 *
 * @param value the parameter value that selects it
 * @param label what to show
 * @param count matching jobs
 * @param selected whether the current query selects it
 */
public record FacetValue(@Schema(example = "golang") String value, @Schema(example = "Go") String label,
		@Schema(example = "17") long count, @Schema(example = "false") boolean selected) {
}
