package dev.backboard.search;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A completion for the search box.
 *
 * @param kind what it is: skill, title, company or place
 * @param label what to show
 * @param query the search it leads to, as a query string
 * @param count open jobs behind it, when known
 */
public record Suggestion(@Schema(example = "skill") String kind, @Schema(example = "Go") String label,
		@Schema(example = "skills=golang") String query, @Schema(example = "17") long count) {
}
