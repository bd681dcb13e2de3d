package dev.backboard.analytics.internal;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SampleJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarding to PostHog end to end: events recorded from real requests wait in the table,
 * a round that fails leaves them pending, the next one sends them in one batch and marks
 * them sent.
 */
@IntegrationTest
class ForwardingIntegrationTests {

	static final WireMockServer POSTHOG = new WireMockServer(options().dynamicPort());

	static {
		POSTHOG.start();
	}

	@DynamicPropertySource
	static void posthog(DynamicPropertyRegistry registry) {
		registry.add("backboard.analytics.forwarding.vendor", () -> "posthog");
		registry.add("backboard.analytics.forwarding.every", () -> "1h");
		registry.add("backboard.analytics.forwarding.max-retries", () -> "0");
		registry.add("backboard.analytics.forwarding.posthog.host", POSTHOG::baseUrl);
		registry.add("backboard.analytics.forwarding.posthog.api-key", () -> "phc_local");
	}

	@AfterAll
	static void stop() {
		POSTHOG.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	EventBuffer buffer;

	@Autowired
	Forwarder forwarder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SampleJobs samples;

	@Test
	void pendingEventsAreSentOnceThePlatformTakesThem() {
		POSTHOG.stubFor(post("/batch").inScenario("down")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		POSTHOG.stubFor(post("/batch").inScenario("down")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(200).withBody("{\"status\": 1}")));
		String slug = samples.get("java-munich").getSlug();
		Map<String, String> browser = Map.of("User-Agent",
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
				"X-Forwarded-For", "198.19.200.7");
		for (int i = 0; i < 3; i++) {
			new Api(port).send("GET", "/jobs/" + slug + "/panel", browser);
		}
		buffer.flush();
		assertThat(pending()).isEqualTo(3);

		assertThat(forwarder.forward()).as("PostHog answers 503").isZero();
		assertThat(pending()).isEqualTo(3);

		assertThat(forwarder.forward()).isEqualTo(3);
		assertThat(pending()).isZero();
		POSTHOG.verify(2, postRequestedFor(urlPathEqualTo("/batch")));
		assertThat(POSTHOG.getAllServeEvents().getFirst().getRequest().getBodyAsString())
			.contains("\"job_view\"", "phc_local")
			.doesNotContain("198.19.200.7", "Chrome", slug);
		assertThat(forwarder.forward()).as("nothing left").isZero();
	}

	private long pending() {
		return jdbc.sql("select count(*) from analytics_event where forward_pending").query(Long.class).single();
	}

}
