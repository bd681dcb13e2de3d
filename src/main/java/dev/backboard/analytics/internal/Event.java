package dev.backboard.analytics.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.backboard.analytics.EventType;
import dev.backboard.analytics.Source;

/**
 * One event as buffered before it is written.
 *
 * @param client a hash of the visitor's address and user agent, for the rate rule only:
 * it is never written
 */
record Event(Instant at, EventType type, @Nullable Source source, @Nullable Long jobId, @Nullable Long companyId,
		@Nullable String query, @Nullable String filters, @Nullable Long results, @Nullable String client) {

	static Event of(Instant at, EventType type) {
		return new Event(at, type, null, null, null, null, null, null, null);
	}

	Event job(Source source, long jobId, long companyId) {
		return new Event(at, type, source, jobId, companyId, query, filters, results, client);
	}

	Event search(String query, String filters, long results) {
		return new Event(at, type, source, jobId, companyId, query, filters, results, client);
	}

	Event from(@Nullable String client) {
		return new Event(at, type, source, jobId, companyId, query, filters, results, client);
	}

}
