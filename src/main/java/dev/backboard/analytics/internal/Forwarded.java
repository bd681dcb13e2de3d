package dev.backboard.analytics.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event as it leaves for an analytics platform: its kind, time, source, job and
 * company ids, result count and pseudonymous visitor id (a salted hash of the day, see
 * {@link Visitors}). Never a search's words (a visitor may type anything into a search
 * box), an address, a user agent or an account.
 */
record Forwarded(long id, Instant at, String type, @Nullable String source, @Nullable Long jobId,
		@Nullable Long companyId, @Nullable Long results, @Nullable String visitor) {

	/** The event's name on the platform, e.g. {@code job_view}. */
	String name() {
		return type.toLowerCase(Locale.ROOT);
	}

	/** The board's page the event happened on, relative. */
	String path() {
		return switch (type) {
			case "SEARCH" -> "/jobs";
			case "ALERT_SIGNUP" -> "/alerts";
			case "FEED_FETCH" -> "/feeds";
			default -> jobId == null ? "/" : "/jobs/" + jobId;
		};
	}

	/** The event's properties, all strings (Plausible takes nothing else). */
	Map<String, String> props() {
		Map<String, String> props = new LinkedHashMap<>();
		if (source != null) {
			props.put("source", source.toLowerCase(Locale.ROOT));
		}
		if (jobId != null) {
			props.put("job_id", jobId.toString());
		}
		if (companyId != null) {
			props.put("company_id", companyId.toString());
		}
		if (results != null && "SEARCH".equals(type)) {
			props.put("result_count", results.toString());
		}
		return props;
	}

}
