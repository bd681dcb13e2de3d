package dev.backboard.analytics.internal;

import java.net.http.HttpClient;

import tools.jackson.databind.json.JsonMapper;

import dev.backboard.analytics.AnalyticsProperties;
import dev.backboard.core.BackboardProperties;

import org.springframework.stereotype.Component;

/**
 * The platform the properties name, built once its settings are checked.
 */
@Component
class Platforms {

	private final AnalyticsProperties properties;

	private final BackboardProperties board;

	private final JsonMapper json;

	private volatile Platform current;

	Platforms(AnalyticsProperties properties, BackboardProperties board, JsonMapper json) {
		this.properties = properties;
		this.board = board;
		this.json = json;
	}

	Platform current() {
		Platform platform = current;
		if (platform == null) {
			platform = build();
			current = platform;
		}
		return platform;
	}

	private Platform build() {
		AnalyticsProperties.Forwarding forwarding = properties.forwarding();
		Retries retries = new Retries(forwarding.maxRetries(), forwarding.retryInterval());
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(forwarding.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		return switch (forwarding.vendor()) {
			case PLAUSIBLE ->
				new PlausibleEvents(http, json, forwarding.plausible(), board.baseUrl(), retries, forwarding.timeout());
			case GA4 -> new Ga4MeasurementProtocol(http, json, forwarding.ga4(), retries, forwarding.timeout());
			case POSTHOG -> new PostHogCapture(forwarding.posthog(), forwarding);
			case NONE -> events -> 0;
		};
	}

}
