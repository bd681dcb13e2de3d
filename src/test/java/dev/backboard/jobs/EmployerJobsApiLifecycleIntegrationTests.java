package dev.backboard.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.ApiTokens;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.Actor;
import dev.backboard.jobs.ApiEmployers.Employer;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading, updating and moving a company's jobs over the employer API, and never another
 * company's.
 */
// The lifecycle context: jobs published here must not change what the shared sample
// searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
@ExtendWith(OutputCaptureExtension.class)
class EmployerJobsApiLifecycleIntegrationTests {

	private static final String MERGE_PATCH = "application/merge-patch+json";

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
	JobService jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	ApiEmployers api;

	@BeforeEach
	void setUp() {
		api = new ApiEmployers(port, users, companies, members, tokens, jdbc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void listsOnlyTheCompanysOwnJobsPageByPage() {
		Employer a = api.employer("Lia");
		Employer b = api.employer("Bo");
		List<Long> own = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			own.add(a.created(Map.of("title", "Kotlin Engineer number " + i)));
		}
		long submitted = a.created(Map.of("submit", true));
		long foreign = b.created(Map.of());

		Api.Response first = a.get("/api/v1/company/jobs?size=3");
		Api.Response second = a.get(first.json().get("links").get("next").asString());
		Api.Response drafts = a.get("/api/v1/company/jobs?status=DRAFT&size=100");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("total").asLong()).isEqualTo(4);
		assertThat(first.json().get("pageCount").asInt()).isEqualTo(2);
		assertThat(first.json().get("links").get("prev").isNull()).isTrue();
		assertThat(ids(first)).containsExactly(submitted, own.get(2), own.get(1));
		assertThat(ids(second)).containsExactly(own.get(0));
		assertThat(second.json().get("links").get("next").isNull()).isTrue();
		assertThat(second.json().get("links").get("prev").asString()).isEqualTo("/api/v1/company/jobs?page=1&size=3");
		assertThat(ids(drafts)).containsExactlyInAnyOrderElementsOf(own).doesNotContain(foreign, submitted);
		assertThat(first.body()).doesNotContain(b.company().getSlug());
	}

	@Test
	void refusesAPageSizeOver100AndAnUnknownStatusNamingThem() {
		Employer employer = api.employer("Pia");

		Api.Response size = employer.get("/api/v1/company/jobs?size=101");
		Api.Response status = employer.get("/api/v1/company/jobs?status=LIVE");

		assertThat(EmployerJobsApiIntegrationTests.fields(size)).containsExactly("size");
		assertThat(EmployerJobsApiIntegrationTests.fields(status)).containsExactly("status");
	}

	@Test
	void anotherCompanysJobAnswersLikeAMissingOneOnEveryRoute() {
		Employer owner = api.employer("Olga");
		Employer intruder = api.employer("Ian");
		long id = owner.created(Map.of());
		String etag = owner.get("/api/v1/company/jobs/" + id).header("ETag");
		long missing = 987_654_321L;

		for (String[] route : routes()) {
			Api.Response foreign = intruder.send(route[0], route[1].formatted(id), Map.of("If-Match", etag,
					"Content-Type", route[0].equals("PATCH") ? MERGE_PATCH : "application/json"), route[2]);
			Api.Response absent = intruder.send(route[0], route[1].formatted(missing), Map.of("If-Match", etag,
					"Content-Type", route[0].equals("PATCH") ? MERGE_PATCH : "application/json"), route[2]);

			assertThat(foreign.status()).as("%s %s", route[0], route[1]).isEqualTo(404);
			assertThat(absent.status()).as("%s %s", route[0], route[1]).isEqualTo(404);
			assertThat(withoutInstance(foreign)).as("%s %s", route[0], route[1]).isEqualTo(withoutInstance(absent));
		}
		Api.Response head = intruder.send("HEAD", "/api/v1/company/jobs/" + id, Map.of(), null);
		assertThat(head.status()).isEqualTo(404);
		assertThat(owner.send("HEAD", "/api/v1/company/jobs/" + id, Map.of(), null).status()).isEqualTo(200);
		Job unchanged = jobs.findForCompany(owner.companyId(), id);
		assertThat(unchanged.getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(unchanged.getTitle()).isEqualTo("Kotlin Backend Engineer");
	}

	@Test
	void updatesNeedTheCurrentETag() {
		Employer employer = api.employer("Ute");
		long id = employer.created(Map.of());
		String path = "/api/v1/jobs/" + id;
		String first = employer.get("/api/v1/company/jobs/" + id).header("ETag");
		String renamed = ApiEmployers.job(Map.of("title", "Kotlin Platform Engineer"));

		Api.Response withoutPut = employer.send("PUT", path, Map.of(), renamed);
		Api.Response withoutPatch = employer.send("PATCH", path, Map.of("Content-Type", MERGE_PATCH), "{}");
		Api.Response put = employer.send("PUT", path, Map.of("If-Match", first), renamed);
		Api.Response stalePut = employer.send("PUT", path, Map.of("If-Match", first), renamed);
		Api.Response stalePatch = employer.send("PATCH", path, Map.of("If-Match", first, "Content-Type", MERGE_PATCH),
				"{\"relocation\": true}");
		Api.Response patch = employer.send("PATCH", path,
				Map.of("If-Match", put.header("ETag"), "Content-Type", MERGE_PATCH), "{\"relocation\": true}");

		assertThat(withoutPut.status()).isEqualTo(428);
		assertThat(withoutPatch.status()).isEqualTo(428);
		assertThat(withoutPut.header("Content-Type")).startsWith("application/problem+json");
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.json().get("title").asString()).isEqualTo("Kotlin Platform Engineer");
		assertThat(put.header("ETag")).isNotEqualTo(first);
		assertThat(stalePut.status()).isEqualTo(412);
		assertThat(stalePatch.status()).isEqualTo(412);
		assertThat(stalePatch.header("Content-Type")).startsWith("application/problem+json");
		assertThat(patch.status()).isEqualTo(200);
		assertThat(patch.json().get("relocation").asBoolean()).isTrue();
		assertThat(patch.header("ETag")).isNotEqualTo(put.header("ETag"));
		assertThat(employer.get("/api/v1/company/jobs/" + id).header("ETag")).isEqualTo(patch.header("ETag"));
	}

	@Test
	void aMergePatchChangesOnlyTheFieldsItSends() {
		Employer employer = api.employer("Mia");
		long id = employer.created(Map.of("applyEmail", "jobs@example.com"));
		Api.Response before = employer.get("/api/v1/company/jobs/" + id);

		Api.Response patched = employer.send("PATCH", "/api/v1/jobs/" + id,
				Map.of("If-Match", before.header("ETag"), "Content-Type", MERGE_PATCH),
				"{\"salary\": {\"max\": 99000}, \"applyEmail\": null, \"visaSponsorship\": true}");

		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		JsonNode job = patched.json();
		assertThat(job.get("salary").get("max").decimalValue()).isEqualByComparingTo("99000");
		assertThat(job.get("salary").get("min").decimalValue()).isEqualByComparingTo("70000");
		assertThat(job.get("salary").get("currency").asString()).isEqualTo("EUR");
		assertThat(job.get("applyEmail").isNull()).isTrue();
		assertThat(job.get("visaSponsorship").asBoolean()).isTrue();
		ObjectNode unchanged = ((ObjectNode) before.json()).deepCopy();
		ObjectNode after = ((ObjectNode) job).deepCopy();
		for (String changed : List.of("salary", "applyEmail", "visaSponsorship", "updatedAt")) {
			unchanged.remove(changed);
			after.remove(changed);
		}
		assertThat(after).isEqualTo(unchanged);
	}

	@Test
	void updatesRefuseManagedFieldsAndApplyNothing() {
		Employer employer = api.employer("Nia");
		long id = employer.created(Map.of());
		String etag = employer.get("/api/v1/company/jobs/" + id).header("ETag");

		Api.Response patch = employer.send("PATCH", "/api/v1/jobs/" + id,
				Map.of("If-Match", etag, "Content-Type", MERGE_PATCH),
				"{\"status\": \"PUBLISHED\", \"featured\": true}");
		Api.Response put = employer.send("PUT", "/api/v1/jobs/" + id, Map.of("If-Match", etag),
				ApiEmployers.job(Map.of("paidUntil", "2099-01-01T00:00:00Z")));

		assertThat(EmployerJobsApiIntegrationTests.fields(patch)).containsExactlyInAnyOrder("status", "featured");
		assertThat(EmployerJobsApiIntegrationTests.fields(put)).containsExactly("paidUntil");
		Job job = jobs.findForCompany(employer.companyId(), id);
		assertThat(job.getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(job.isFeatured()).isFalse();
		assertThat(employer.get("/api/v1/company/jobs/" + id).header("ETag")).isEqualTo(etag);
	}

	@Test
	void editingALiveJobsTextSendsItBackToReviewButOtherEditsStayLive() {
		Employer employer = api.employer("Rae");
		long id = employer.created(Map.of("submit", true));
		jobs.approve(id, Actor.system());
		String path = "/api/v1/jobs/" + id;
		String etag = employer.get("/api/v1/company/jobs/" + id).header("ETag");

		Api.Response relocation = employer.send("PATCH", path, Map.of("If-Match", etag, "Content-Type", MERGE_PATCH),
				"{\"relocation\": true}");
		Api.Response retitled = employer.send("PATCH", path,
				Map.of("If-Match", relocation.header("ETag"), "Content-Type", MERGE_PATCH),
				"{\"title\": \"Kotlin Payments Engineer\"}");

		assertThat(relocation.json().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(retitled.json().get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(retitled.json().get("title").asString()).isEqualTo("Kotlin Payments Engineer");
	}

	@Test
	void movesAJobThroughItsLifecycleAndRefusesWhatItsStatusForbids() {
		Employer employer = api.employer("Lee");
		UserAccount moderator = users.create("Mod", Role.MODERATOR);
		Actor moderating = Actor.person(moderator.getId(), moderator.getDisplayName());
		long id = employer.created(Map.of());
		String jobPath = "/api/v1/jobs/" + id;

		Api.Response renewDraft = employer.post(jobPath + "/renew", null, Map.of());
		assertThat(renewDraft.status()).isEqualTo(409);
		assertThat(renewDraft.header("Content-Type")).startsWith("application/problem+json");
		assertThat(renewDraft.json().get("detail").asString()).isEqualTo("A job that is draft cannot be renewed");

		Api.Response submitted = employer.post(jobPath + "/submit", null, Map.of());
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(submitted.header("ETag")).isNotBlank();

		jobs.approve(id, moderating);
		clock.set(clock.instant().plus(Duration.ofDays(10)));
		Api.Response renewed = employer.post(jobPath + "/renew", null, Map.of());
		assertThat(renewed.json().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(Instant.parse(renewed.json().get("validThrough").asString()))
			.isEqualTo(clock.instant().plus(Duration.ofDays(30)));
		assertThat(renewed.json().get("url").asString()).endsWith("/jobs/" + renewed.json().get("slug").asString());

		Api.Response filled = employer.post(jobPath + "/fill", null, Map.of());
		assertThat(filled.json().get("status").asString()).isEqualTo("FILLED");

		Api.Response relisted = employer.post(jobPath + "/relist", null, Map.of());
		assertThat(relisted.json().get("status").asString()).isEqualTo("IN_REVIEW");
		jobs.approve(id, moderating);

		Api.Response closed = employer.post(jobPath + "/close", null, Map.of());
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		Api.Response fillClosed = employer.post(jobPath + "/fill", null, Map.of());
		assertThat(fillClosed.status()).isEqualTo(409);
		assertThat(fillClosed.json().get("jobStatus").asString()).isEqualTo("CLOSED");

		assertThat(jobs.transitions(id)).extracting(JobTransition::actor)
			.contains("API token ATS (" + employer.tokenId() + ")");
	}

	@Test
	void aReadOnlyTokenMayNotWriteAndARevokedOneFailsAtOnce(CapturedOutput output) {
		Employer employer = api.employer("Rita");
		long id = employer.created(Map.of());
		String reader = api.token(employer, "jobs:read");
		String etag = employer.get("/api/v1/company/jobs/" + id).header("ETag");

		assertThat(api.send(reader, "GET", "/api/v1/company/jobs/" + id, Map.of(), null).status()).isEqualTo(200);
		assertThat(api.send(reader, "POST", "/api/v1/jobs", Map.of(), ApiEmployers.job()).status()).isEqualTo(403);
		assertThat(api.send(reader, "PUT", "/api/v1/jobs/" + id, Map.of("If-Match", etag), ApiEmployers.job()).status())
			.isEqualTo(403);
		assertThat(api.send(reader, "PATCH", "/api/v1/jobs/" + id, Map.of("If-Match", etag), "{}").status())
			.isEqualTo(403);
		Api.Response submit = api.send(reader, "POST", "/api/v1/jobs/" + id + "/submit", Map.of(), null);
		assertThat(submit.status()).isEqualTo(403);
		assertThat(submit.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.jobCount(employer)).isEqualTo(1);

		tokens.revoke(employer.companyId(), employer.tokenId());

		Api.Response revoked = employer.get("/api/v1/company/jobs/" + id);
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(revoked.header("Content-Type")).startsWith("application/problem+json");
		assertThat(employer.create(ApiEmployers.job()).status()).isEqualTo(401);
		assertThat(api.jobCount(employer)).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain(employer.token()).doesNotContain(reader);
	}

	@Test
	void aTokenInTheQueryStringDoesNotAuthenticate() {
		Employer employer = api.employer("Quinn");
		Api anonymous = new Api(port);

		Api.Response list = anonymous.get("/api/v1/company/jobs?access_token=" + employer.token());
		Api.Response create = anonymous.send("POST", "/api/v1/jobs?access_token=" + employer.token(),
				Map.of("Content-Type", "application/json"), ApiEmployers.job());

		assertThat(list.status()).isEqualTo(401);
		assertThat(create.status()).isEqualTo(401);
		assertThat(api.jobCount(employer)).isZero();
	}

	@Test
	void thePublicApiStillHidesDraftsAndJobsInReview() {
		Employer employer = api.employer("Pam");
		long draft = employer.created(Map.of());
		long inReview = employer.created(Map.of("submit", true));
		Api anonymous = new Api(port);

		assertThat(anonymous.get("/api/v1/jobs/" + draft).status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/jobs/" + inReview).status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/company/jobs/" + draft).status()).isEqualTo(401);

		jobs.approve(inReview, Actor.system());
		assertThat(anonymous.get("/api/v1/jobs/" + inReview).status()).isEqualTo(200);
	}

	@Test
	void answersNotModifiedToARevalidation() {
		Employer employer = api.employer("Nat");
		long id = employer.created(Map.of());
		String etag = employer.get("/api/v1/company/jobs/" + id).header("ETag");

		Api.Response response = employer.send("GET", "/api/v1/company/jobs/" + id, Map.of("If-None-Match", etag), null);

		assertThat(response.status()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
	}

	private static List<String[]> routes() {
		String body = ApiEmployers.job();
		return List.of(new String[] { "GET", "/api/v1/company/jobs/%d", null },
				new String[] { "PUT", "/api/v1/jobs/%d", body }, new String[] { "PATCH", "/api/v1/jobs/%d", "{}" },
				new String[] { "POST", "/api/v1/jobs/%d/submit", null },
				new String[] { "POST", "/api/v1/jobs/%d/close", null },
				new String[] { "POST", "/api/v1/jobs/%d/fill", null },
				new String[] { "POST", "/api/v1/jobs/%d/renew", null },
				new String[] { "POST", "/api/v1/jobs/%d/relist", null });
	}

	private static JsonNode withoutInstance(Api.Response response) {
		ObjectNode body = ((ObjectNode) response.json()).deepCopy();
		body.remove("instance");
		return body;
	}

	private static List<Long> ids(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.json().get("results").forEach(job -> ids.add(job.get("id").asLong()));
		return ids;
	}

}
