package dev.backboard.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.OpenSearchNode;
import dev.backboard.support.SearchIndexSync;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OpenSearchOutageIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.register(registry);
	}

	@LocalServerPort
	int port;

	@Value("${backboard.search.opensearch.index}")
	String index;

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void answersSearchesWith503AndReportsNotReadyWhileOpenSearchIsDownThenRecovers() {
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
		Api api = new Api(port);
		assertThat(api.get("/api/v1/jobs?q=golang").status()).isEqualTo(200);
		OpenSearchNode.get().stop();
		try {
			assertSearchesAnswer503(api);
			Api.Response readiness = api.get("/actuator/health/readiness");
			assertThat(readiness.status()).isEqualTo(503);
			assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
		}
		finally {
			OpenSearchNode.get().start();
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (api.get("/api/v1/jobs?q=golang").status() != 200 && Instant.now().isBefore(deadline)) {
			Thread.onSpinWait();
		}
		assertThat(api.get("/api/v1/jobs?q=golang").json().get("total").asLong()).isEqualTo(2);
		assertThat(api.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
	}

	/**
	 * An index whose shard cannot answer yet, as right after another node created it: the
	 * aliases are moved to a copy of the index whose shard cannot be placed on any node.
	 * OpenSearch answers searches with 503; searches say so, and a node starting then
	 * waits for the shard instead of leaving search out of service.
	 */
	@Test
	void answersSearchesWith503WhileTheIndexShardCannotAnswerAndAStartingNodeWaitsForIt() throws Exception {
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
		Api api = new Api(port);
		assertThat(api.get("/api/v1/jobs?q=golang").json().get("total").asLong()).isEqualTo(2);
		Map.Entry<String, JsonNode> live = openSearch("GET", "/" + index + "-read", null).properties()
			.iterator()
			.next();
		String unplaced = index + "-unplaced";
		ObjectNode settings = json.createObjectNode();
		settings.putObject("index")
			.put("number_of_shards", 1)
			.put("number_of_replicas", 0)
			.put("routing.allocation.require._name", "nowhere")
			.set("analysis", live.getValue().at("/settings/index/analysis"));
		ObjectNode copy = json.createObjectNode();
		copy.set("settings", settings);
		copy.set("mappings", live.getValue().get("mappings"));
		openSearch("PUT", "/" + unplaced + "?wait_for_active_shards=0", copy.toString());
		moveAliases(live.getValue().get("aliases"), live.getKey(), unplaced);
		try {
			assertSearchesAnswer503(api);

			// What a node does at start
			searchIndex.run(null);
			await("the starting node to wait for the shard", () -> !searchIndex.isReady());
			assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(503);
		}
		finally {
			moveAliases(live.getValue().get("aliases"), unplaced, live.getKey());
			openSearch("DELETE", "/" + unplaced, null);
		}
		await("the node to be ready", searchIndex::isReady);
		assertThat(api.get("/api/v1/jobs?q=golang").json().get("total").asLong()).isEqualTo(2);
		assertThat(api.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
	}

	private static void assertSearchesAnswer503(Api api) {
		Api.Response search = api.get("/api/v1/jobs?q=golang");
		assertThat(search.status()).isEqualTo(503);
		assertThat(search.header("Content-Type")).startsWith("application/problem+json");
		assertThat(search.header("Retry-After")).isEqualTo("5");
		assertThat(api.get("/jobs?q=golang").status()).isEqualTo(503);
	}

	private static void moveAliases(JsonNode aliases, String from, String to) throws Exception {
		ArrayNode actions = json.createArrayNode();
		for (Map.Entry<String, JsonNode> alias : aliases.properties()) {
			actions.addObject().putObject("remove").put("index", from).put("alias", alias.getKey());
			ObjectNode add = actions.addObject().putObject("add");
			add.setAll((ObjectNode) alias.getValue());
			add.put("index", to).put("alias", alias.getKey());
		}
		ObjectNode body = json.createObjectNode();
		body.set("actions", actions);
		openSearch("POST", "/_aliases", body.toString());
	}

	private static JsonNode openSearch(String method, String path, String body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(OpenSearchNode.get().uri() + path))
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
			Thread.sleep(200);
		}
	}

}
