package dev.backboard.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.backboard.companies.ApiTokens;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.ApiEmployers.Employer;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating jobs over the employer API: what is created, what is refused, and retries.
 */
// The lifecycle context: jobs published here must not change what the shared sample
// searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class EmployerJobsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	CompanyRepository companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	ApiEmployers api;

	@BeforeEach
	void setUp() {
		api = new ApiEmployers(port, users, companies, members, tokens, jdbc);
	}

	@Test
	void createsADraftWithItsLocationAndETag() {
		Employer employer = api.employer("Cora");

		Api.Response response = employer.create(ApiEmployers.job());

		assertThat(response.status()).isEqualTo(201);
		JsonNode job = response.json();
		long id = job.get("id").asLong();
		assertThat(response.header("Location")).isEqualTo("/api/v1/company/jobs/" + id);
		assertThat(response.header("ETag")).isNotBlank();
		assertThat(job.get("status").asString()).isEqualTo("DRAFT");
		assertThat(job.get("title").asString()).isEqualTo("Kotlin Backend Engineer");
		assertThat(job.get("slug").asString()).startsWith("kotlin-backend-engineer-");
		assertThat(job.get("url").isNull()).isTrue();
		assertThat(job.get("salary").get("currency").asString()).isEqualTo("EUR");
		assertThat(job.get("remoteCountries").toString()).isEqualTo("[\"DE\",\"NL\"]");
		assertThat(job.get("skills").toString()).contains("\"kotlin\"").contains("\"postgresql\"");
		assertThat(job.get("company").get("id").asLong()).isEqualTo(employer.companyId());
		assertThat(job.get("company").propertyNames()).containsExactlyInAnyOrder("id", "slug", "name");
		assertThat(response.body()).doesNotContain("bb_").doesNotContainIgnoringCase("hash");

		Api.Response read = employer.get(response.header("Location"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo(response.header("ETag"));
		assertThat(read.json().get("title").asString()).isEqualTo("Kotlin Backend Engineer");
	}

	@Test
	void noCacheKeepsWhatAClientReadsWithItsToken() {
		Employer employer = api.employer("Nell");
		Api.Response created = employer.create(ApiEmployers.job());
		String location = created.header("Location");

		Map<String, Api.Response> responses = Map.of("create", created, "list", employer.get("/api/v1/company/jobs"),
				"list by status", employer.get("/api/v1/company/jobs?status=DRAFT"), "missing",
				employer.get("/api/v1/company/jobs/999999999"), "submit",
				employer.post(location.replace("/company/jobs/", "/jobs/") + "/submit", null, Map.of()));

		responses
			.forEach((route, response) -> assertThat(response.header("Cache-Control")).as(route).isEqualTo("no-store"));
		// The single job is revalidated with its ETag: private, never stored by a shared
		// cache.
		assertThat(employer.get(location).header("Cache-Control")).contains("private").contains("no-cache");
	}

	@Test
	void createsAndSubmitsAtOnce() {
		Employer employer = api.employer("Sam");

		Api.Response response = employer.create(ApiEmployers.job(Map.of("submit", true)));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(response.json().get("submittedAt").isNull()).isFalse();
		assertThat(employer.get(response.header("Location")).header("ETag")).isEqualTo(response.header("ETag"));
	}

	@Test
	void namesEachInvalidFieldAndCreatesNothing() {
		Employer employer = api.employer("Ivy");

		Api.Response missing = employer.create("{\"descriptionMarkdown\": \"Go.\", \"workplaceType\": \"REMOTE\"}");
		Api.Response badEnum = employer.create(ApiEmployers.job(Map.of("workplaceType", "SPACE")));
		Api.Response badNested = employer
			.create(ApiEmployers.job(Map.of("salary", Map.of("min", "lots", "currency", "EUR", "period", "YEAR"))));
		Api.Response badValues = employer.create(ApiEmployers
			.job(Map.of("title", "Go", "applyUrl", "ftp://x", "skills", List.of(Map.of("skill", "Cobolt Fusion Mk II")),
					"locations", List.of(Map.of("city", "Berlin", "countryCode", "Germany")))));
		Api.Response notJson = employer.create("{\"title\": ");
		Api.Response notAnObject = employer.create("[1, 2]");

		assertThat(fields(missing)).contains("title", "employmentType", "seniority");
		assertThat(fields(badEnum)).containsExactly("workplaceType");
		assertThat(message(badEnum, "workplaceType")).contains("REMOTE");
		assertThat(fields(badNested)).containsExactly("salary.min");
		assertThat(fields(badValues)).contains("title", "applyUrl", "skills[0].skill", "locations[0].countryCode");
		assertThat(fields(notJson)).containsExactly("body");
		assertThat(fields(notAnObject)).containsExactly("body");
		for (Api.Response response : List.of(missing, badEnum, badNested, badValues, notJson, notAnObject)) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		}
		assertThat(api.jobCount(employer)).isZero();
	}

	@Test
	void refusesFieldsAnEmployerMayNotSetAndCreatesNothing() {
		Employer employer = api.employer("Max");
		Employer other = api.employer("Oscar");
		List<Map<String, Object>> attempts = List.of(Map.of("status", "PUBLISHED"), Map.of("featured", true),
				Map.of("companyId", other.companyId()), Map.of("company", Map.of("id", other.companyId())),
				Map.of("paidUntil", "2099-01-01T00:00:00Z"), Map.of("id", 1), Map.of("slug", "mine"),
				Map.of("postedAt", "2020-01-01T00:00:00Z"), Map.of("validThrough", "2099-01-01T00:00:00Z"));

		for (Map<String, Object> attempt : attempts) {
			String field = attempt.keySet().iterator().next();
			Api.Response response = employer.create(ApiEmployers.job(attempt));

			assertThat(response.status()).as(field).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(fields(response)).as(field).containsExactly(field);
		}
		Api.Response unknown = employer.create(ApiEmployers.job(Map.of("salry", 5)));
		Api.Response unknownNested = employer.create(ApiEmployers.job(Map.of("salary",
				Map.of("min", 1, "max", 2, "currency", "EUR", "period", "YEAR", "annualMin", 999999))));

		assertThat(fields(unknown)).containsExactly("salry");
		assertThat(fields(unknownNested)).containsExactly("salary.annualMin");
		assertThat(api.jobCount(employer)).isZero();
		assertThat(api.jobCount(other)).isZero();
	}

	@Test
	void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndOneJob() {
		Employer employer = api.employer("Ida");
		String key = UUID.randomUUID().toString();
		String body = ApiEmployers.job(Map.of("submit", true));

		Api.Response first = employer.post("/api/v1/jobs", body, Map.of("Idempotency-Key", key));
		Api.Response retry = employer.post("/api/v1/jobs", body, Map.of("Idempotency-Key", key));

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(retry.json().get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(api.jobCount(employer)).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		Employer employer = api.employer("Kai");
		String key = UUID.randomUUID().toString();
		employer.post("/api/v1/jobs", ApiEmployers.job(), Map.of("Idempotency-Key", key));

		Api.Response other = employer.post("/api/v1/jobs", ApiEmployers.job(Map.of("title", "Another Kotlin Role")),
				Map.of("Idempotency-Key", key));

		assertThat(other.status()).isEqualTo(422);
		assertThat(other.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.jobCount(employer)).isEqualTo(1);
	}

	@Test
	void keysBelongToOneCompany() {
		Employer a = api.employer("Ann");
		Employer b = api.employer("Ben");
		String key = UUID.randomUUID().toString();

		Api.Response first = a.post("/api/v1/jobs", ApiEmployers.job(), Map.of("Idempotency-Key", key));
		Api.Response second = b.post("/api/v1/jobs", ApiEmployers.job(), Map.of("Idempotency-Key", key));

		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().get("id").asLong()).isNotEqualTo(first.json().get("id").asLong());
		assertThat(api.jobCount(b)).isEqualTo(1);
	}

	@Test
	void concurrentRetriesWithOneKeyCreateOneJob() throws Exception {
		Employer employer = api.employer("Con");
		String key = UUID.randomUUID().toString();
		String body = ApiEmployers.job();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Response>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 4; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return employer.post("/api/v1/jobs", body, Map.of("Idempotency-Key", key));
				}));
			}
			start.countDown();
			Set<Long> ids = new HashSet<>();
			for (Future<Api.Response> answer : answers) {
				Api.Response response = answer.get();
				assertThat(response.status()).isEqualTo(201);
				ids.add(response.json().get("id").asLong());
			}
			assertThat(ids).hasSize(1);
		}
		assertThat(api.jobCount(employer)).isEqualTo(1);
	}

	@Test
	void refusesAnOverlongKeyAndANonJsonBody() {
		Employer employer = api.employer("Len");

		Api.Response longKey = employer.post("/api/v1/jobs", ApiEmployers.job(),
				Map.of("Idempotency-Key", "k".repeat(256)));
		Api.Response text = employer.post("/api/v1/jobs", ApiEmployers.job(), Map.of("Content-Type", "text/plain"));

		assertThat(longKey.status()).isEqualTo(400);
		assertThat(fields(longKey)).containsExactly("Idempotency-Key");
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.jobCount(employer)).isZero();
	}

	@Test
	void theOpenApiDocumentDescribesTheEmployerApiWithBearerTokens() {
		Api.Response response = new Api(port).get("/api/v1/openapi.json");

		JsonNode paths = response.json().get("paths");
		assertThat(paths.has("/api/v1/company/jobs")).isTrue();
		assertThat(paths.get("/api/v1/jobs").has("post")).isTrue();
		assertThat(paths.get("/api/v1/jobs/{id}").has("patch")).isTrue();
		assertThat(paths.has("/api/v1/jobs/{id}/submit")).isTrue();
		assertThat(response.json().get("components").get("securitySchemes").get("bearer").get("scheme").asString())
			.isEqualTo("bearer");
		assertThat(paths.get("/api/v1/jobs").get("post").get("security").toString()).contains("bearer");
		assertThat(paths.get("/api/v1/jobs").get("post").get("requestBody").toString()).contains("application/json")
			.contains("EmployerJobRequest");
		assertThat(paths.get("/api/v1/jobs/{id}").get("patch").get("requestBody").toString())
			.contains("application/merge-patch+json");
	}

	static List<String> fields(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		List<String> names = new ArrayList<>();
		response.json().get("errors").forEach(error -> names.add(error.get("parameter").asString()));
		return names;
	}

	static String message(Api.Response response, String field) {
		for (JsonNode error : response.json().get("errors")) {
			if (error.get("parameter").asString().equals(field)) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("No error for " + field + " in " + response.body());
	}

}
