package dev.backboard.search;

import org.jspecify.annotations.Nullable;

/**
 * The search engine cannot answer now (OpenSearch unreachable, the index still being
 * built); the caller may retry shortly.
 */
public class SearchUnavailable extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SearchUnavailable(@Nullable Throwable cause) {
		super("Search is unavailable for a moment; please try again shortly", cause);
	}

}
