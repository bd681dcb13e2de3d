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
 * @param visitor the pseudonymous visitor id of the day (see {@link Visitors}), written
 * and forwarded
 */
record Event(Instant at, EventType type, @Nullable Source source, @Nullable Long jobId, @Nullable Long companyId,
		@Nullable String query, @Nullable String filters, @Nullable Long results, @Nullable String client,
		@Nullable String visitor) {

	static Event of(Instant at, EventType type) {
		return new Event(at, type, null, null, null, null, null, null, null, null);
	}

	Event job(Source source, long jobId, long companyId) {
		return new Event(at, type, source, jobId, companyId, query, filters, results, client, visitor);
	}

	Event search(String query, String filters, long results) {
		return new Event(at, type, source, jobId, companyId, query, filters, results, client, visitor);
	}

	Event from(@Nullable String client, @Nullable String visitor) {
		return new Event(at, type, source, jobId, companyId, query, filters, results, client, visitor);
	}

}
