package dev.backboard.analytics;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What is recorded, for how long, and where it is forwarded.
 *
 * @param enabled whether events are recorded at all
 * @param retention how long raw events are kept; their daily sums stay
 * @param flushEvery how often each node writes the events it buffered
 * @param bufferSize the most events a node buffers; more are dropped until the next write
 * @param aggregateEvery how often the daily sums are brought up to date (on one node)
 * @param forwarding sending events to an analytics platform, off by default
 */
@ConfigurationProperties("backboard.analytics")
public record AnalyticsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("90d") Duration retention,
		@DefaultValue("2s") Duration flushEvery, @DefaultValue("10000") int bufferSize,
		@DefaultValue("1h") Duration aggregateEvery, @DefaultValue Forwarding forwarding) {

	/** The analytics platforms events can be forwarded to. */
	public enum Vendor {

		NONE, PLAUSIBLE, GA4, POSTHOG

	}

	/**
	 * @param vendor where to send events; {@code none} sends nothing
	 * @param every how often a batch is sent (on one node)
	 * @param batchSize the most events one round sends
	 * @param maxRetries how often a failed request (5xx, time-out) is tried again within
	 * a round; what still fails is sent in the next round
	 * @param retryInterval the wait before the first retry; it triples for each next one
	 * @param timeout how long to wait for the platform's answer (Plausible and GA4; the
	 * PostHog SDK uses its own)
	 * @param plausible Plausible's Events API
	 * @param ga4 Google Analytics 4's Measurement Protocol
	 * @param posthog PostHog's capture API
	 */
	public record Forwarding(@DefaultValue("none") Vendor vendor, @DefaultValue("30s") Duration every,
			@DefaultValue("100") int batchSize, @DefaultValue("3") int maxRetries,
			@DefaultValue("1s") Duration retryInterval, @DefaultValue("10s") Duration timeout,
			@DefaultValue Plausible plausible, @DefaultValue Ga4 ga4, @DefaultValue Posthog posthog) {

		public boolean enabled() {
			return vendor != Vendor.NONE;
		}

	}

	/**
	 * @param url the Plausible server (plausible.io or your own)
	 * @param domain the site's domain as registered in Plausible
	 */
	public record Plausible(@DefaultValue("https://plausible.io") String url, @Nullable String domain) {
	}

	/**
	 * @param url the Measurement Protocol's host
	 * @param measurementId the data stream's measurement id ({@code G-...})
	 * @param apiSecret a Measurement Protocol API secret of that stream
	 * @param clientId the client id of events that have no pseudonymous visitor id (made
	 * outside a request)
	 */
	public record Ga4(@DefaultValue("https://www.google-analytics.com") String url, @Nullable String measurementId,
			@Nullable String apiSecret, @DefaultValue("backboard") String clientId) {
	}

	/**
	 * @param host the PostHog ingestion host (US or EU cloud, or your own)
	 * @param apiKey the project API key ({@code phc_...})
	 * @param distinctId the distinct id of events that have no pseudonymous visitor id
	 * (made outside a request)
	 */
	public record Posthog(@DefaultValue("https://us.i.posthog.com") String host, @Nullable String apiKey,
			@DefaultValue("backboard") String distinctId) {
	}

}
