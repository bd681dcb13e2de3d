package dev.backboard.analytics.internal;

import java.util.List;

import com.posthog.java.HttpSender;
import com.posthog.java.shaded.org.json.JSONObject;

import dev.backboard.analytics.AnalyticsProperties;

/**
 * PostHog's capture API through its official Java SDK: one {@code POST /batch} per round,
 * which the SDK retries on 5xx and network errors with a growing wait. Every event
 * carries its pseudonymous visitor id as distinct id (the configured one when it has
 * none, such as a feed fetch outside a request) and asks PostHog not to build a person
 * profile.
 */
final class PostHogCapture implements Platform {

	private final HttpSender sender;

	private final AnalyticsProperties.Posthog settings;

	PostHogCapture(AnalyticsProperties.Posthog settings, AnalyticsProperties.Forwarding forwarding) {
		if (settings.apiKey() == null) {
			throw new IllegalStateException(
					"backboard.analytics.forwarding.posthog.api-key is needed to forward to PostHog");
		}
		this.settings = settings;
		this.sender = new HttpSender.Builder(settings.apiKey()).host(settings.host().replaceAll("/+$", ""))
			.maxRetries(forwarding.maxRetries())
			.initialRetryInterval(forwarding.retryInterval())
			.build();
	}

	@Override
	public int send(List<Forwarded> events) {
		List<JSONObject> batch = events.stream().map(this::json).toList();
		return Boolean.TRUE.equals(sender.send(batch)) ? events.size() : 0;
	}

	private JSONObject json(Forwarded event) {
		JSONObject properties = new JSONObject(event.props());
		properties.put("$process_person_profile", false);
		return new JSONObject().put("event", event.name())
			.put("distinct_id", event.visitor() == null ? settings.distinctId() : event.visitor())
			.put("properties", properties)
			.put("timestamp", event.at().toString());
	}

}
