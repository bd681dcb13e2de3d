package dev.backboard.analytics.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.analytics.AnalyticsProperties;
import dev.backboard.analytics.AnalyticsProperties.Vendor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each platform against a local stand-in answering in the vendor's documented shapes:
 * batching, retries on 5xx and time-outs, and nothing personal in what is sent.
 */
class ForwardingTests {

	static final Instant AT = Instant.parse("2026-12-06T10:15:30Z");

	final JsonMapper json = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	final Retries retries = new Retries(3, Duration.ofMillis(20));

	WireMockServer vendor;

	@BeforeEach
	void start() {
		vendor = new WireMockServer(options().dynamicPort());
		vendor.start();
	}

	@AfterEach
	void stop() {
		vendor.stop();
	}

	@Test
	void plausibleGetsOneEventPerRequestAndARetryAfterA503() {
		vendor.stubFor(post("/api/event").inScenario("down once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		vendor.stubFor(post("/api/event").inScenario("down once")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(202).withBody("{}")));
		var platform = new PlausibleEvents(http, json,
				new AnalyticsProperties.Plausible(vendor.baseUrl(), "jobs.example.org"), "https://jobs.example.org",
				retries, Duration.ofSeconds(2));

		assertThat(platform.send(List.of(view(1), search(2)))).isEqualTo(2);

		vendor.verify(3,
				postRequestedFor(urlPathEqualTo("/api/event"))
					.withHeader("User-Agent", equalTo(PlausibleEvents.USER_AGENT))
					.withHeader("X-Forwarded-For", absent()));
		List<JsonNode> bodies = bodies("/api/event");
		JsonNode view = bodies.get(1);
		assertThat(view.get("name").asString()).isEqualTo("job_view");
		assertThat(view.get("domain").asString()).isEqualTo("jobs.example.org");
		assertThat(view.get("url").asString()).isEqualTo("https://jobs.example.org/jobs/41");
		assertThat(view.get("props").get("source").asString()).isEqualTo("search");
		assertThat(bodies.get(2).get("props").get("result_count").asString()).isEqualTo("0");
		assertNothingPersonal();
	}

	@Test
	void plausibleStopsAtTheFirstEventThatStillFailsSoTheRestIsSentNextRound() {
		vendor.stubFor(post("/api/event").willReturn(aResponse().withStatus(500)));
		var platform = new PlausibleEvents(http, json, new AnalyticsProperties.Plausible(vendor.baseUrl(), null),
				"https://jobs.example.org", retries, Duration.ofSeconds(2));

		assertThat(platform.send(List.of(view(1), view(2)))).isZero();
		vendor.verify(4, postRequestedFor(urlPathEqualTo("/api/event")));
	}

	@Test
	void ga4GetsBatchesOf25AndARetryAfterATimeOut() {
		vendor.stubFor(post(urlPathEqualTo("/mp/collect")).inScenario("slow once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(204).withFixedDelay(1500))
			.willSetStateTo("fast"));
		vendor.stubFor(post(urlPathEqualTo("/mp/collect")).inScenario("slow once")
			.whenScenarioStateIs("fast")
			.willReturn(aResponse().withStatus(204)));
		var platform = new Ga4MeasurementProtocol(http, json,
				new AnalyticsProperties.Ga4(vendor.baseUrl(), "G-TEST123", "s3cret", "backboard"), retries,
				Duration.ofMillis(500));
		List<Forwarded> events = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			events.add(view(i));
		}

		assertThat(platform.send(events)).isEqualTo(30);

		vendor.verify(3,
				postRequestedFor(urlPathEqualTo("/mp/collect")).withQueryParam("measurement_id", equalTo("G-TEST123"))
					.withQueryParam("api_secret", equalTo("s3cret")));
		List<JsonNode> bodies = bodies("/mp/collect");
		assertThat(bodies.get(1).get("events")).hasSize(25);
		assertThat(bodies.get(2).get("events")).hasSize(5);
		assertThat(bodies.get(1).get("client_id").asString()).isEqualTo("backboard");
		assertThat(bodies.get(1).get("non_personalized_ads").asBoolean()).isTrue();
		assertThat(bodies.get(1).get("events").get(0).get("name").asString()).isEqualTo("job_view");
		assertThat(bodies.get(1).get("events").get(0).get("params").get("job_id").asString()).isEqualTo("41");
		assertNothingPersonal();
	}

	@Test
	void postHogGetsOneBatchThroughItsSdkWhichRetriesA5xx() {
		vendor.stubFor(post("/batch").inScenario("down once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("up"));
		vendor.stubFor(post("/batch").inScenario("down once")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(200).withBody("{\"status\": 1}")));
		var platform = new PostHogCapture(new AnalyticsProperties.Posthog(vendor.baseUrl(), "phc_test", "backboard"),
				forwarding(Vendor.POSTHOG));

		assertThat(platform.send(List.of(view(1), view(2), search(3)))).isEqualTo(3);

		vendor.verify(2, postRequestedFor(urlPathEqualTo("/batch")));
		JsonNode body = bodies("/batch").get(1);
		assertThat(body.get("api_key").asString()).isEqualTo("phc_test");
		assertThat(body.get("batch")).hasSize(3);
		JsonNode first = body.get("batch").get(0);
		assertThat(first.get("event").asString()).isEqualTo("job_view");
		assertThat(first.get("distinct_id").asString()).isEqualTo("backboard");
		assertThat(first.get("timestamp").asString()).isEqualTo("2026-12-06T10:15:30Z");
		assertThat(first.get("properties").get("$process_person_profile").asBoolean()).isFalse();
		assertNothingPersonal();
	}

	@Test
	void postHogThatStaysDownKeepsTheBatchForTheNextRound() {
		vendor.stubFor(post("/batch").willReturn(aResponse().withStatus(503)));
		var platform = new PostHogCapture(new AnalyticsProperties.Posthog(vendor.baseUrl(), "phc_test", "backboard"),
				forwarding(Vendor.POSTHOG));

		assertThat(platform.send(List.of(view(1)))).isZero();
	}

	@Test
	void eachPlatformTellsPseudonymousVisitorsApart() {
		vendor.stubFor(post(urlPathEqualTo("/mp/collect")).willReturn(aResponse().withStatus(204)));
		vendor.stubFor(post("/batch").willReturn(aResponse().withStatus(200).withBody("{\"status\": 1}")));
		vendor.stubFor(post("/api/event").willReturn(aResponse().withStatus(202).withBody("{}")));
		List<Forwarded> events = List.of(visit(1, "aaaa"), visit(2, "aaaa"), visit(3, "bbbb"), visit(4, "aaaa"),
				view(5));

		var ga4 = new Ga4MeasurementProtocol(http, json,
				new AnalyticsProperties.Ga4(vendor.baseUrl(), "G-TEST123", "s3cret", "backboard"), retries,
				Duration.ofSeconds(2));
		assertThat(ga4.send(events)).isEqualTo(5);
		List<JsonNode> ga4Bodies = bodies("/mp/collect");
		assertThat(ga4Bodies.stream().map(body -> body.get("client_id").asString())).containsExactly("aaaa", "bbbb",
				"aaaa", "backboard");
		assertThat(ga4Bodies.stream().map(body -> body.get("events").size())).containsExactly(2, 1, 1, 1);

		var postHog = new PostHogCapture(new AnalyticsProperties.Posthog(vendor.baseUrl(), "phc_test", "backboard"),
				forwarding(Vendor.POSTHOG));
		assertThat(postHog.send(events)).isEqualTo(5);
		JsonNode batch = bodies("/batch").getFirst().get("batch");
		assertThat(batch.valueStream().map(event -> event.get("distinct_id").asString())).containsExactly("aaaa",
				"aaaa", "bbbb", "aaaa", "backboard");

		var plausible = new PlausibleEvents(http, json, new AnalyticsProperties.Plausible(vendor.baseUrl(), null),
				"https://jobs.example.org", retries, Duration.ofSeconds(2));
		assertThat(plausible.send(events)).isEqualTo(5);
		assertThat(vendor.getAllServeEvents()
			.reversed()
			.stream()
			.filter(event -> event.getRequest().getUrl().startsWith("/api/event"))
			.map(event -> event.getRequest().getHeader("User-Agent")))
			.containsExactly(PlausibleEvents.userAgent("aaaa"), PlausibleEvents.userAgent("aaaa"),
					PlausibleEvents.userAgent("bbbb"), PlausibleEvents.userAgent("aaaa"), PlausibleEvents.USER_AGENT);
		assertThat(PlausibleEvents.userAgent("aaaa")).endsWith("; visitor aaaa)");
		vendor.verify(5, postRequestedFor(urlPathEqualTo("/api/event")).withHeader("X-Forwarded-For", absent()));
		assertNothingPersonal();
	}

	private static Forwarded visit(int n, String visitor) {
		return new Forwarded(n, AT, "JOB_VIEW", "DIRECT", 40L + n, 7L, null, visitor);
	}

	@Test
	void forwardingIsOffByDefault() {
		assertThat(forwardingDefaults().enabled()).isFalse();
		assertThat(forwardingDefaults().vendor()).isEqualTo(Vendor.NONE);
	}

	private AnalyticsProperties.Forwarding forwardingDefaults() {
		return new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource())
			.bindOrCreate("backboard.analytics", AnalyticsProperties.class)
			.forwarding();
	}

	private AnalyticsProperties.Forwarding forwarding(Vendor vendor) {
		return new AnalyticsProperties.Forwarding(vendor, Duration.ofSeconds(30), 100, 3, Duration.ofMillis(20),
				Duration.ofSeconds(2), new AnalyticsProperties.Plausible("https://plausible.io", null),
				new AnalyticsProperties.Ga4("https://www.google-analytics.com", null, null, "backboard"),
				new AnalyticsProperties.Posthog("https://us.i.posthog.com", null, "backboard"));
	}

	/** Only kinds, ids, sources and counts leave: no address, agent, account or words. */
	private void assertNothingPersonal() {
		vendor.getAllServeEvents()
			.forEach(event -> assertThat(event.getRequest().getBodyAsString()).doesNotContain("198.19.",
					"Mozilla/5.0 (X11", "@", "kotlin", "query"));
	}

	private List<JsonNode> bodies(String path) {
		return vendor.getAllServeEvents()
			.reversed()
			.stream()
			.filter(event -> event.getRequest().getUrl().startsWith(path))
			.map(event -> json.readTree(event.getRequest().getBodyAsString()))
			.toList();
	}

	private static Forwarded view(int n) {
		return new Forwarded(n, AT, "JOB_VIEW", "SEARCH", 40L + n, 7L, null, null);
	}

	private static Forwarded search(int n) {
		return new Forwarded(n, AT, "SEARCH", null, null, null, 0L, null);
	}

}
