package dev.backboard.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.applications.ApplicationFixtures;
import dev.backboard.candidates.SampleDocuments;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.companies.MemberRole;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.privacy.AccountErasure;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apps acting for people: registration, the authorization code flow with PKCE through the
 * real sign-in and consent pages, the tokens' lifecycle, and the candidate's and
 * employer's API with them, including each bad input the flow must refuse.
 */
@IntegrationTest
// Its jobs would change the counts of the search suites that share the default context.
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class OAuthApiIntegrationTests {

	private static final String CANDIDATE_SCOPES = "openid jobs:read profile resumes applications saved";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	AppClients apps;

	@Autowired
	CompanyRepository companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	JobService jobs;

	@Autowired
	AccountErasure erasure;

	@Autowired
	MutableClock clock;

	private AppFlows flows() {
		return new AppFlows(port);
	}

	private String publicApp(String... scopes) {
		long admin = users.create("admin", Role.ADMIN).getId();
		return apps
			.register(admin,
					new AppRegistration("Pocket Jobs",
							AppFlows.REDIRECT.replace(":53682", "") + "\ncom.example.pocketjobs:/oauth", false,
							List.of(scopes), ""))
			.clientId();
	}

	private WebSession candidate(UserAccount account) {
		return WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
	}

	private record Employer(UserAccount account, long companyId, WebSession session) {
	}

	private Employer employer() {
		UserAccount account = users.create("employer", Role.EMPLOYER);
		Company company = companies
			.save(new Company("Quasar Freight " + System.nanoTime(), "https://example.com", null, Instant.now()));
		members.add(company.getId(), account.getId(), MemberRole.OWNER);
		return new Employer(account, company.getId(), users.signIn(port, account));
	}

	/** A job of the employer's company that takes applications on Backboard. */
	private Job backboardJob(Employer employer, String title) {
		return jobs.publish(employer.companyId(), ApplicationFixtures.details(title, ApplyMethod.BACKBOARD, null));
	}

	/**
	 * The person's tokens for a candidate's app they authorized with every candidate
	 * scope.
	 */
	private AppFlows.Tokens candidateTokens(AppFlows flows, UserAccount person) {
		String candidateApp = publicApp("jobs:read", "profile", "resumes", "applications", "saved");
		return flows.tokens(candidate(person), candidateApp, CANDIDATE_SCOPES);
	}

	@Test
	void candidateAndEmployerWorkThroughAppsTheyAuthorized() {
		AppFlows flows = flows();
		String employerApp = publicApp("employer:applicants");
		Employer employer = employer();
		Job job = backboardJob(employer, "Quasarbeam Platform Engineer");
		AppFlows.Tokens tokens = candidateTokens(flows, users.create("pia", Role.CANDIDATE));
		assertThat(tokens.scope().split(" ")).contains("profile", "resumes", "applications", "saved");

		assertThat(flows.call("GET", "/api/v1/jobs?q=quasarbeam", tokens).body()).contains(job.getSlug());
		assertThat(flows.call("PUT", "/api/v1/me/saved-jobs/" + job.getSlug(), tokens).status()).isEqualTo(204);
		assertThat(flows.call("GET", "/api/v1/me/saved-jobs", tokens).json().get(0).get("slug").asString())
			.isEqualTo(job.getSlug());

		Api.Response profile = flows.call("GET", "/api/v1/me/profile", tokens);
		Api.Response updated = flows.callJson("PUT", "/api/v1/me/profile", tokens, """
				{"headline": "Platform engineer", "skills": "Go, PostgreSQL", "willingToRelocate": false,
				 "remotePreference": "ANY", "salaryPeriod": "YEAR"}""", Map.of("If-Match", profile.header("ETag")));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("headline").asString()).isEqualTo("Platform engineer");

		byte[] resume = SampleDocuments.pdf("Pia, platform engineer");
		Api.Response uploaded = flows.asApp(tokens)
			.header("Idempotency-Key", "cv-1")
			.postMultipart("/api/v1/me/resumes", Map.of(), "file", "pia.pdf", "application/pdf", resume);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		String resumeId = uploaded.json().get("id").asString();
		Api.Response again = flows.asApp(tokens)
			.header("Idempotency-Key", "cv-1")
			.postMultipart("/api/v1/me/resumes", Map.of(), "file", "pia.pdf", "application/pdf", resume);
		assertThat(again.json().get("id").asString()).isEqualTo(resumeId);
		assertThat(flows.call("GET", "/api/v1/me/resumes", tokens).json().size()).isEqualTo(1);

		Api.Response form = flows.call("GET", "/api/v1/me/application-forms/" + job.getSlug(), tokens);
		assertThat(form.json().get("consentText").asString()).isNotBlank();
		Api.Response noConsent = flows.callJson("POST", "/api/v1/me/applications", tokens,
				"{\"job\": \"" + job.getSlug() + "\", \"consent\": false}", Map.of());
		assertThat(noConsent.status()).isEqualTo(400);
		assertThat(noConsent.body()).contains("consent");
		Api.Response applied = flows.callJson("POST", "/api/v1/me/applications", tokens,
				"{\"job\": \"" + job.getSlug() + "\", \"resumeId\": \"" + resumeId + "\", \"consent\": true}",
				Map.of("Idempotency-Key", "apply-1"));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		long applicationId = applied.json().get("id").asLong();
		assertThat(applied.json().get("status").asString()).isEqualTo("Submitted");
		Api.Response twice = flows.callJson("POST", "/api/v1/me/applications", tokens,
				"{\"job\": \"" + job.getSlug() + "\", \"consent\": true}", Map.of());
		assertThat(twice.status()).isEqualTo(409);

		AppFlows.Tokens employerTokens = flows.tokens(employer.session(), employerApp, "employer:applicants");
		Api.Response applicants = flows.call("GET", "/api/v1/employer/jobs/" + job.getId() + "/applicants",
				employerTokens);
		assertThat(applicants.status()).as(applicants.body()).isEqualTo(200);
		assertThat(applicants.json().get(0).get("id").asLong()).isEqualTo(applicationId);
		assertThat(applicants.json().get(0).get("matchScore").asInt()).isPositive();
		Api.Response moved = flows.callJson("POST", "/api/v1/employer/applications/" + applicationId + "/stage",
				employerTokens, "{\"stage\": \"INTERVIEW\"}", Map.of());
		assertThat(moved.json().get("moved").asInt()).isEqualTo(1);

		assertThat(flows.call("GET", "/api/v1/me/applications", tokens).json().get(0).get("status").asString())
			.isEqualTo("Interviewing");
		assertThat(flows.call("POST", "/api/v1/me/applications/" + applicationId + "/withdraw", tokens).status())
			.isEqualTo(204);
		assertThat(flows.call("GET", "/api/v1/me/applications", tokens).json().get(0).get("status").asString())
			.isEqualTo("Withdrawn");
	}

	@Test
	void employerNotesRatesAndExportsApplicantsThroughAnApp() {
		AppFlows flows = flows();
		Employer employer = employer();
		Job job = backboardJob(employer, "Nebulashard Backend Engineer");
		AppFlows.Tokens candidateTokens = candidateTokens(flows, users.create("noor", Role.CANDIDATE));
		Api.Response applied = flows.callJson("POST", "/api/v1/me/applications", candidateTokens,
				"{\"job\": \"" + job.getSlug() + "\", \"consent\": true}", Map.of());
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		long applicationId = applied.json().get("id").asLong();
		AppFlows.Tokens tokens = flows.tokens(employer.session(), publicApp("employer:applicants"),
				"employer:applicants");
		String notesPath = "/api/v1/employer/applications/" + applicationId + "/notes";

		Api.Response blank = flows.callJson("POST", notesPath, tokens, "{\"text\": \"   \"}", Map.of());
		assertThat(blank.status()).isEqualTo(400);
		assertThat(AppFlows.fieldError(blank, "text")).isEqualTo("write a note");
		Api.Response tooLong = flows.callJson("POST", notesPath, tokens, "{\"text\": \"" + "x".repeat(2001) + "\"}",
				Map.of());
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(AppFlows.fieldError(tooLong, "text")).contains("2000");
		Api.Response missingText = flows.callJson("POST", notesPath, tokens, "{}", Map.of());
		assertThat(AppFlows.fieldError(missingText, "text")).isEqualTo("write a note");

		Api.Response added = flows.callJson("POST", notesPath, tokens, "{\"text\": \"Knows PostgreSQL well\"}",
				Map.of("Idempotency-Key", "note-1"));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("text").asString()).isEqualTo("Knows PostgreSQL well");
		assertThat(added.json().get("author").asString()).contains("(app)");
		Api.Response retried = flows.callJson("POST", notesPath, tokens, "{\"text\": \"Knows PostgreSQL well\"}",
				Map.of("Idempotency-Key", "note-1"));
		assertThat(retried.body()).isEqualTo(added.body());

		String ratingPath = "/api/v1/employer/applications/" + applicationId + "/rating";
		for (String bad : List.of("0", "6", "null")) {
			Api.Response refused = flows.callJson("PUT", ratingPath, tokens, "{\"rating\": " + bad + "}", Map.of());
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(AppFlows.fieldError(refused, "rating")).isEqualTo("rate from 1 to 5");
		}
		Api.Response rated = flows.callJson("PUT", ratingPath, tokens, "{\"rating\": 4}", Map.of());
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
		assertThat(rated.json().get("rating").asInt()).isEqualTo(4);
		Api.Response ratedAgain = flows.callJson("PUT", ratingPath, tokens, "{\"rating\": 4}", Map.of());
		assertThat(ratedAgain.status()).isEqualTo(200);
		assertThat(ratedAgain.body()).as("PUT is idempotent").isEqualTo(rated.body());

		var notes = flows.call("GET", notesPath, tokens).json();
		assertThat(notes.size()).as("one note, one rating: the refused ones and the retries added nothing")
			.isEqualTo(2);
		assertThat(notes.get(0).get("text").asString()).isEqualTo("Knows PostgreSQL well");
		assertThat(notes.get(1).get("rating").asInt()).isEqualTo(4);

		Api.Response changed = flows.callJson("PUT", ratingPath, tokens, "{\"rating\": 2}", Map.of());
		assertThat(changed.json().get("rating").asInt()).isEqualTo(2);
		var replaced = flows.call("GET", notesPath, tokens).json();
		assertThat(replaced.size()).as("the new rating replaces the first").isEqualTo(2);
		assertThat(replaced.get(1).get("rating").asInt()).isEqualTo(2);
		assertThat(employer.session().page("/employer/applications/" + applicationId).select(".rating").text())
			.as("the team's average counts the person once")
			.startsWith("2.0");
		assertThat(employer.session().page("/employer/applications/" + applicationId).text())
			.contains("Knows PostgreSQL well");

		Api.Response csv = flows.call("GET", "/api/v1/employer/jobs/" + job.getId() + "/applicants.csv", tokens);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).contains("\"" + applicationId + "\"")
			.isEqualTo(employer.session().get("/employer/jobs/" + job.getId() + "/applicants.csv").body());
		assertThat(flows.call("GET", "/api/v1/employer/jobs/" + (job.getId() + 100_000) + "/applicants.csv", tokens)
			.status()).isEqualTo(404);
	}

	@Test
	void refusesWhatTheFlowMustRefuse() {
		AppFlows flows = flows();
		String clientId = publicApp("saved");
		WebSession person = candidate(users.create("rita", Role.CANDIDATE));
		AppFlows.Pkce pkce = AppFlows.Pkce.fresh();

		Api.Response wrongRedirect = person
			.get(AppFlows.authorizeUrl(clientId, "https://evil.example/callback", "saved", "s", pkce));
		assertThat(wrongRedirect.status()).as(wrongRedirect.raw().headers().map().toString()).isEqualTo(400);

		Api.Response withoutPkce = person.get(AppFlows.authorizeUrl(clientId, AppFlows.REDIRECT, "saved", "s", null));
		assertThat(AppFlows.parameter(withoutPkce.header("Location"), "error")).isEqualTo("invalid_request");

		Api.Response escalation = person
			.get(AppFlows.authorizeUrl(clientId, AppFlows.REDIRECT, "saved resumes", "s", pkce));
		assertThat(AppFlows.parameter(escalation.header("Location"), "error")).isEqualTo("invalid_scope");

		String code = flows.authorize(person, clientId, "saved", pkce);
		Api.Response noVerifier = flows.exchange(clientId, code, null);
		assertThat(noVerifier.status()).isEqualTo(401);
		assertThat(noVerifier.json().get("error").asString()).isEqualTo("invalid_client");
		Api.Response wrongVerifier = flows.exchange(clientId, code, AppFlows.Pkce.fresh().verifier());
		assertThat(wrongVerifier.status()).isEqualTo(400);
		assertThat(wrongVerifier.json().get("error").asString()).isEqualTo("invalid_grant");
		String second = flows.authorize(person, clientId, "saved", pkce);
		AppFlows.Tokens tokens = AppFlows.tokens(flows.exchange(clientId, second, pkce.verifier()));
		assertThat(flows.call("GET", "/api/v1/me/saved-jobs", tokens).status()).isEqualTo(200);

		Api.Response reused = flows.exchange(clientId, second, pkce.verifier());
		assertThat(reused.json().get("error").asString()).isEqualTo("invalid_grant");
		assertThat(flows.call("GET", "/api/v1/me/saved-jobs", tokens).status()).as("a reused code revokes what it gave")
			.isEqualTo(401);
	}

	@Test
	void refreshTokensRotateAndAReplayedOneRevokesTheGrant() {
		AppFlows flows = flows();
		String clientId = publicApp("saved");
		AppFlows.Tokens first = flows.tokens(candidate(users.create("rob", Role.CANDIDATE)), clientId, "saved");

		Api.Response rotated = flows.refresh(clientId, first.refresh());
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		AppFlows.Tokens second = AppFlows.tokens(rotated);
		assertThat(second.refresh()).isNotEqualTo(first.refresh());
		assertThat(flows.call("GET", "/api/v1/me/saved-jobs", second).status()).isEqualTo(200);

		Api.Response replay = flows.refresh(clientId, first.refresh());
		assertThat(replay.status()).isEqualTo(400);
		assertThat(replay.json().get("error").asString()).isEqualTo("invalid_grant");
		assertThat(flows.refresh(clientId, second.refresh()).status()).as("the family is revoked").isEqualTo(400);
		assertThat(flows.call("GET", "/api/v1/me/saved-jobs", second).status()).isEqualTo(401);
	}

	@Test
	void tokensEndWithTimeRevocationAndErasure() {
		AppFlows flows = flows();
		String clientId = publicApp("saved");
		UserAccount person = users.create("eve", Role.CANDIDATE);
		WebSession session = candidate(person);

		AppFlows.Tokens expiring = flows.tokens(session, clientId, "saved");
		clock.set(Instant.now().plus(Duration.ofMinutes(16)));
		try {
			Api.Response expired = flows.call("GET", "/api/v1/me/saved-jobs", expiring);
			assertThat(expired.status()).isEqualTo(401);
			assertThat(expired.header("Content-Type")).startsWith("application/problem+json");
		}
		finally {
			clock.reset();
		}

		AppFlows.Tokens revoked = flows.tokens(session, clientId, "saved");
		Api.Response revocation = new Api(port).send("POST", "/oauth2/revoke",
				Map.of("Content-Type", "application/x-www-form-urlencoded"),
				"token=" + revoked.access() + "&client_id=" + clientId);
		assertThat(revocation.status()).as(revocation.body()).isEqualTo(200);
		assertThat(flows.call("GET", "/api/v1/me/saved-jobs", revoked).status()).isEqualTo(401);

		AppFlows.Tokens onAccountPage = flows.tokens(session, clientId, "saved");
		assertThat(session.page("/account/apps").text()).contains("Pocket Jobs");
		session.submit("/account/apps", "form.revoke-form", Map.of());
		assertThat(flows.call("GET", "/api/v1/me/saved-jobs", onAccountPage).status()).isEqualTo(401);
		assertThat(flows.refresh(clientId, onAccountPage.refresh()).status()).isEqualTo(400);

		AppFlows.Tokens erased = flows.tokens(session, clientId, "saved");
		erasure.erase(person.getId(), Users.PASSWORD, person.getEmail(), true);
		assertThat(flows.call("GET", "/api/v1/me/saved-jobs", erased).status()).isEqualTo(401);
	}

	@Test
	void aTokenOutsideItsScopesIsAForbiddenProblemNamingTheScope() {
		AppFlows flows = flows();
		String clientId = publicApp("saved", "employer:applicants");
		AppFlows.Tokens tokens = flows.tokens(candidate(users.create("sam", Role.CANDIDATE)), clientId,
				"saved employer:applicants");

		Api.Response resumes = flows.call("GET", "/api/v1/me/resumes", tokens);
		assertThat(resumes.status()).isEqualTo(403);
		assertThat(resumes.header("Content-Type")).startsWith("application/problem+json");
		assertThat(resumes.json().get("scope").asString()).isEqualTo("resumes");
		Api.Response employerRoute = flows.call("GET", "/api/v1/employer/jobs/1/applicants", tokens);
		assertThat(employerRoute.status()).as("a candidate's grant of an employer scope gives nothing").isEqualTo(403);
		assertThat(employerRoute.json().get("scope").asString()).isEqualTo("employer:applicants");
	}

	@Test
	void anOversizedResumeIsRefusedWith413() {
		AppFlows flows = flows();
		String clientId = publicApp("resumes");
		AppFlows.Tokens tokens = flows.tokens(candidate(users.create("otto", Role.CANDIDATE)), clientId, "resumes");
		byte[] big = new byte[5 * 1024 * 1024 + 10];
		byte[] pdf = SampleDocuments.pdf("Otto");
		System.arraycopy(pdf, 0, big, 0, pdf.length);
		Api.Response response = flows.asApp(tokens)
			.postMultipart("/api/v1/me/resumes", Map.of(), "file", "otto.pdf", "application/pdf", big);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.body()).contains("file");
		assertThat(flows.call("GET", "/api/v1/me/resumes", tokens).json().size()).isZero();
	}

	@Test
	void publishesDiscoveryMetadataAndIntrospectsForResourceServers() {
		Api api = new Api(port);
		Api.Response discovery = api.get("/.well-known/openid-configuration");
		assertThat(discovery.status()).isEqualTo(200);
		assertThat(discovery.json().get("authorization_endpoint").asString()).endsWith("/oauth2/authorize");
		assertThat(discovery.json().get("code_challenge_methods_supported").toString()).contains("S256");
		assertThat(api.get("/oauth2/jwks").json().get("keys").size()).isEqualTo(1);

		long admin = users.create("admin", Role.ADMIN).getId();
		AppClients.Registered resourceServer = apps.register(admin, new AppRegistration("Job widget backend",
				"https://widget.example.com/callback", true, List.of("saved"), ""));
		String clientId = publicApp("saved");
		AppFlows.Tokens tokens = flows().tokens(candidate(users.create("ina", Role.CANDIDATE)), clientId, "saved");
		String basic = java.util.Base64.getEncoder()
			.encodeToString((resourceServer.clientId() + ":" + resourceServer.clientSecret()).getBytes());
		Api.Response introspection = api.send("POST", "/oauth2/introspect",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", "Basic " + basic),
				"token=" + tokens.access());
		assertThat(introspection.status()).as(introspection.body()).isEqualTo(200);
		assertThat(introspection.json().get("active").asBoolean()).isTrue();
		assertThat(introspection.json().get("scope").asString()).isEqualTo("saved");
	}

	@Test
	void adminsRegisterAppsWithExactRedirectUris() {
		UserAccount admin = users.create("admin", Role.ADMIN);
		WebSession session = users.signIn(port, admin);
		Api.Response wildcard = session.submit("/admin/apps", "#app-form", Map.of("name", "Sketchy", "redirectUris",
				"https://*.example.com/callback", "type", "public", "scopes", "saved", "origins", ""));
		assertThat(wildcard.status()).isEqualTo(400);
		assertThat(wildcard.body()).contains("no fragment and no wildcard");
		Api.Response plainHttp = session.submit("/admin/apps", "#app-form", Map.of("name", "Sketchy", "redirectUris",
				"http://example.com/callback", "type", "public", "scopes", "saved", "origins", ""));
		assertThat(plainHttp.body()).contains("http is only for the loopback addresses");
		Api.Response registered = session.submit("/admin/apps", "#app-form", Map.of("name", "Pocket Jobs for iOS",
				"redirectUris", "com.example.pocketjobs:/oauth", "type", "public", "scopes", "saved", "origins", ""));
		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.body()).contains("client-id").doesNotContain("client-secret");
	}

	@Test
	void browsersOfRegisteredSinglePageAppsOnlyMayCallTheTokenEndpointAndTheApi() {
		long admin = users.create("admin", Role.ADMIN).getId();
		apps.register(admin, new AppRegistration("Jobs SPA", "https://spa.example.com/callback", false,
				List.of("saved"), "https://spa.example.com"));
		Api api = new Api(port);
		for (String path : List.of("/oauth2/token", "/api/v1/me/saved-jobs")) {
			Api.Response registered = api.send("OPTIONS", path, Map.of("Origin", "https://spa.example.com",
					"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization"));
			assertThat(registered.status()).as(path).isEqualTo(200);
			assertThat(registered.header("Access-Control-Allow-Origin")).isEqualTo("https://spa.example.com");
			Api.Response stranger = api.send("OPTIONS", path,
					Map.of("Origin", "https://elsewhere.example", "Access-Control-Request-Method", "POST"));
			assertThat(stranger.status()).as(path).isEqualTo(403);
			assertThat(stranger.header("Access-Control-Allow-Origin")).isNull();
		}
		assertThat(api.send("GET", "/api/v1/jobs", Map.of("Origin", "https://elsewhere.example"))
			.header("Access-Control-Allow-Origin")).as("public reads stay open").isEqualTo("https://elsewhere.example");
	}

	@Test
	void theOpenApiDescriptionHasTheAppRoutesAndTheirSecurityScheme() {
		var openApi = new Api(port).get("/api/v1/openapi.json").json();
		assertThat(openApi.get("paths").propertyNames()).contains("/api/v1/me/profile", "/api/v1/me/resumes",
				"/api/v1/me/resumes/{id}", "/api/v1/me/applications", "/api/v1/me/applications/{id}/withdraw",
				"/api/v1/me/saved-jobs/{slug}", "/api/v1/employer/jobs/{jobId}/applicants",
				"/api/v1/employer/applications/stage", "/api/v1/employer/jobs/{jobId}/applicants.csv",
				"/api/v1/employer/applications/{id}/notes", "/api/v1/employer/applications/{id}/rating");
		var oauth = openApi.get("components").get("securitySchemes").get("oauth2");
		assertThat(oauth.get("type").asString()).isEqualTo("oauth2");
		assertThat(oauth.get("flows").get("authorizationCode").get("tokenUrl").asString()).isEqualTo("/oauth2/token");
	}

}
