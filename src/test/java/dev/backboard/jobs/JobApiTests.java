package dev.backboard.jobs;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SampleJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobApiTests {

	@LocalServerPort
	int port;

	@Autowired
	SampleJobs samples;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void linksTheJobOnThePortTheServerListensOnWhenNoBaseUrlIsSet() {
		Job job = samples.get("sre-paris-contract");

		assertThat(api.get("/api/v1/jobs/" + job.getId()).json().get("url").asString())
			.isEqualTo("http://localhost:" + port + "/jobs/" + job.getSlug());
	}

	@Test
	void returnsAJobWithItsSalaryAnnualizedInTheReferenceCurrency() {
		Job job = samples.get("sre-paris-contract");

		Api.Response response = api.get("/api/v1/jobs/" + job.getId());

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("title").asString()).isEqualTo("Site Reliability Engineer (contract)");
		assertThat(body.get("salary").get("period").asString()).isEqualTo("DAY");
		// 600 EUR a day x 260 days x 1.08 USD per EUR
		assertThat(body.get("salary").get("annualMin").decimalValue()).isEqualByComparingTo("168480");
		assertThat(body.get("salary").get("annualCurrency").asString()).isEqualTo("USD");
		assertThat(body.get("company").get("name").asString()).isEqualTo("Acme Payments");
		assertThat(body.get("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void answersARepeatedRequestWithNotModified() {
		Job job = samples.get("java-munich");
		String etag = api.get("/api/v1/jobs/" + job.getId()).header("ETag");

		Api.Response response = api.send("GET", "/api/v1/jobs/" + job.getId(), Map.of("If-None-Match", etag));

		assertThat(etag).isNotBlank();
		assertThat(response.status()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void answersAnUnknownJobWithANotFoundProblem() {
		Api.Response response = api.get("/api/v1/jobs/987654321");
		Api.Response head = api.send("HEAD", "/api/v1/jobs/987654321", Map.of());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).isEqualTo("No such job");
		assertThat(head.status()).isEqualTo(404);
	}

	@Test
	void answersANonNumericIdWithABadRequestNamingIt() {
		Api.Response response = api.get("/api/v1/jobs/abc");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("parameter").asString()).isEqualTo("id");
	}

	@Test
	void listsTheTaxonomyWithAliases() {
		JsonNode skills = api.get("/api/v1/skills?prefix=golang").json();

		assertThat(skills.get(0).get("slug").asString()).isEqualTo("go");
		assertThat(skills.get(0).get("category").asString()).isEqualTo("LANGUAGE");
	}

}
