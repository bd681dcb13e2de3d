package dev.backboard.alerts;

import java.time.Instant;

import dev.backboard.search.JobQuery;

/**
 * A saved search as its owner sees it.
 *
 * @param id its id
 * @param name the name its owner gave it
 * @param query the search, as on the search page
 * @param frequency how often it mails
 * @param createdAt when it was saved
 */
public record SavedSearch(long id, String name, JobQuery query, Frequency frequency, Instant createdAt) {

	/** The search page showing this search's jobs. */
	public String searchPath() {
		return query.toPath("/jobs");
	}

}
