package dev.backboard.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SearchIndexSync;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
abstract class JobSearchApiTests {

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void indexIsUpToDate() {
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
	}

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void returnsRemoteGoJobsWithFacetCounts() {
		Api.Response response = api.get("/api/v1/jobs?q=golang&workplace=REMOTE");

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("total").asLong()).isEqualTo(2);
		List<String> workplaces = new ArrayList<>();
		body.get("results").forEach(hit -> workplaces.add(hit.get("workplaceType").asString()));
		assertThat(workplaces).containsOnly("REMOTE");
		JsonNode skills = facet(body, "skills");
		assertThat(skills.get(0).get("value").asString()).isEqualTo("go");
		assertThat(skills.get(0).get("count").asLong()).isEqualTo(2);
		assertThat(body.get("links").get("self").asString()).isEqualTo("/api/v1/jobs?q=golang&workplace=REMOTE");
	}

	@Test
	void linksToTheNextAndPreviousPages() {
		JsonNode first = api.get("/api/v1/jobs?size=2").json();
		JsonNode second = api.get(first.get("links").get("next").asString()).json();

		assertThat(first.get("links").get("prev").isNull()).isTrue();
		assertThat(second.get("page").asInt()).isEqualTo(2);
		assertThat(second.get("links").get("prev").asString()).isEqualTo("/api/v1/jobs?size=2");
	}

	@ParameterizedTest(name = "{0} is a 400 naming {1}")
	@CsvSource(delimiter = '|',
			value = { "salaryMin=abc|salaryMin", "radius=30|radius", "size=1000|size", "sort=cheapest|sort",
					"workplace=MOON|workplace", "page=0|page", "country=XX|country", "currency=ABC|currency",
					"skills=cobolt|skills", "near=Atlantis|near", "postedWithin=-1|postedWithin", "visa=maybe|visa",
					"page=900&size=100|page", "salaryMin=1e20|salaryMin", "salaryMin=1e-999999999|salaryMin" })
	void answersABadParameterWithAProblemNamingIt(String query, String parameter) {
		Api.Response response = api.get("/api/v1/jobs?" + query);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("errors").get(0).get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains(parameter).doesNotContain("Exception");
	}

	@Test
	void ignoresIndexedParameterNamesAsItIgnoresUnknownOnes() {
		Api.Response response = api.get("/api/v1/jobs?skills%5B0%5D=go&q=golang");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("total").asLong())
			.isEqualTo(api.get("/api/v1/jobs?q=golang").json().get("total").asLong());
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		Api.Response response = api.get("/api/v1/nothing-here");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void answersAWrongMethodWithAProblem() {
		Api.Response response = api.send("DELETE", "/api/v1/jobs", java.util.Map.of());

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Allow")).contains("GET");
	}

	@Test
	void suggestsCompletions() {
		JsonNode suggestions = api.get("/api/v1/suggest?q=kube").json();

		assertThat(suggestions.get(0).get("label").asString()).isEqualTo("Kubernetes");
		assertThat(suggestions.get(0).get("query").asString()).isEqualTo("skills=kubernetes");
	}

	@Test
	void refusesAnEmptySuggestionPrefix() {
		Api.Response response = api.get("/api/v1/suggest?q=");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("parameter").asString()).isEqualTo("q");
	}

	@Test
	void allowsCrossOriginReads() {
		Api.Response response = api.send("GET", "/api/v1/jobs", java.util.Map.of("Origin", "https://app.example"));

		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
	}

	@Test
	void publishesAnOpenApiDocument() {
		JsonNode openApi = api.get("/api/v1/openapi.json").json();

		assertThat(openApi.get("openapi").asString()).startsWith("3.");
		assertThat(openApi.get("paths").has("/api/v1/jobs")).isTrue();
		assertThat(openApi.get("paths").has("/api/v1/jobs/{id}")).isTrue();
	}

	@Test
	void servesABrowsableApiExplorer() {
		Api.Response docs = api.get("/api/v1/docs");
		Api.Response page = api.get(docs.header("Location"));

		assertThat(docs.status()).isEqualTo(302);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("swagger");
	}

	private static JsonNode facet(JsonNode body, String parameter) {
		for (JsonNode facet : body.get("facets")) {
			if (facet.get("parameter").asString().equals(parameter)) {
				return facet.get("values");
			}
		}
		throw new AssertionError("No facet " + parameter);
	}

}
