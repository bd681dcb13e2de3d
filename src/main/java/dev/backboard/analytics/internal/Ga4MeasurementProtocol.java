package dev.backboard.analytics.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.backboard.analytics.AnalyticsProperties;

/**
 * Google Analytics 4's Measurement Protocol: {@code POST /mp/collect} with the stream's
 * measurement id and API secret, up to 25 events of one pseudonymous visitor per request,
 * the visitor id as client id (the configured one for events without a visitor), with
 * personalized ads off.
 */
final class Ga4MeasurementProtocol implements Platform {

	static final int MAX_EVENTS = 25;

	private final HttpClient http;

	private final JsonMapper json;

	private final AnalyticsProperties.Ga4 settings;

	private final Retries retries;

	private final Duration timeout;

	Ga4MeasurementProtocol(HttpClient http, JsonMapper json, AnalyticsProperties.Ga4 settings, Retries retries,
			Duration timeout) {
		if (settings.measurementId() == null || settings.apiSecret() == null) {
			throw new IllegalStateException(
					"backboard.analytics.forwarding.ga4.measurement-id and api-secret are needed to forward to GA4");
		}
		this.http = http;
		this.json = json;
		this.settings = settings;
		this.retries = retries;
		this.timeout = timeout;
	}

	@Override
	public int send(List<Forwarded> events) {
		URI endpoint = URI.create(settings.url().replaceAll("/+$", "") + "/mp/collect?measurement_id="
				+ encode(settings.measurementId()) + "&api_secret=" + encode(settings.apiSecret()));
		int done = 0;
		int start = 0;
		while (start < events.size()) {
			List<Forwarded> chunk = chunk(events, start);
			start += chunk.size();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("client_id", clientId(chunk.getFirst()));
			body.put("timestamp_micros", ChronoUnit.MICROS.between(java.time.Instant.EPOCH, chunk.getLast().at()));
			body.put("non_personalized_ads", true);
			body.put("events",
					chunk.stream().map(event -> Map.of("name", event.name(), "params", event.props())).toList());
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.timeout(timeout)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build();
			if (retries.send(http, request) == Retries.Outcome.FAILED) {
				return done;
			}
			done += chunk.size();
		}
		return done;
	}

	/**
	 * The events from {@code start} on of one client id, in order (so that what was sent
	 * stays a prefix of the batch), at most {@value #MAX_EVENTS}: a request names one
	 * client.
	 */
	private List<Forwarded> chunk(List<Forwarded> events, int start) {
		String client = clientId(events.get(start));
		int end = start + 1;
		while (end < events.size() && end - start < MAX_EVENTS && clientId(events.get(end)).equals(client)) {
			end++;
		}
		return events.subList(start, end);
	}

	private String clientId(Forwarded event) {
		return event.visitor() == null ? settings.clientId() : event.visitor();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
