package dev.backboard.analytics.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.backboard.analytics.AnalyticsProperties;

/**
 * Plausible's Events API: one {@code POST /api/event} per event, answered 202. Sent with
 * the board's own user agent and no {@code X-Forwarded-For}: Plausible never sees a
 * visitor's address or user agent. Plausible tells visitors apart by user agent and
 * address, so the event's pseudonymous visitor id goes in the user agent: a visitor of
 * the day is one visitor there too, and nothing more.
 */
final class PlausibleEvents implements Platform {

	static final String USER_AGENT = "Mozilla/5.0 (compatible; Backboard server-side events)";

	private final HttpClient http;

	private final JsonMapper json;

	private final AnalyticsProperties.Plausible settings;

	private final String baseUrl;

	private final Retries retries;

	private final Duration timeout;

	PlausibleEvents(HttpClient http, JsonMapper json, AnalyticsProperties.Plausible settings, String baseUrl,
			Retries retries, Duration timeout) {
		this.http = http;
		this.json = json;
		this.settings = settings;
		this.baseUrl = baseUrl;
		this.retries = retries;
		this.timeout = timeout;
	}

	@Override
	public int send(List<Forwarded> events) {
		String domain = settings.domain() != null ? settings.domain() : URI.create(baseUrl).getHost();
		URI endpoint = URI.create(settings.url().replaceAll("/+$", "") + "/api/event");
		int done = 0;
		for (Forwarded event : events) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("name", event.name());
			body.put("url", baseUrl + event.path());
			body.put("domain", domain);
			body.put("props", event.props());
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.timeout(timeout)
				.header("Content-Type", "application/json")
				.header("User-Agent", event.visitor() == null ? USER_AGENT : userAgent(event.visitor()))
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build();
			if (retries.send(http, request) == Retries.Outcome.FAILED) {
				return done;
			}
			done++;
		}
		return done;
	}

	/** The board's user agent naming one pseudonymous visitor. */
	static String userAgent(String visitor) {
		return USER_AGENT.substring(0, USER_AGENT.length() - 1) + "; visitor " + visitor + ")";
	}

}
