package dev.backboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import dev.backboard.accounts.Role;
import dev.backboard.applications.ApplicationForm;
import dev.backboard.applications.Applying;
import dev.backboard.applications.QuestionInput;
import dev.backboard.applications.ScreeningQuestions;
import dev.backboard.accounts.UserAccount;
import dev.backboard.candidates.Resumes;
import dev.backboard.candidates.SampleDocuments;
import dev.backboard.companies.ApiTokens;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.companies.Companies;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.MemberRole;
import dev.backboard.core.Actor;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.jobs.JobService;
import dev.backboard.moderation.ReportReason;
import dev.backboard.moderation.Reports;
import dev.backboard.oauth.AppClients;
import dev.backboard.oauth.AppFlows;
import dev.backboard.oauth.AppRegistration;
import dev.backboard.oauth.AppScope;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;
import dev.backboard.imports.ImportSources;
import dev.backboard.imports.SourceInput;
import dev.backboard.webhooks.EndpointInput;
import dev.backboard.webhooks.Webhooks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.ADMIN;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.API_ADMIN;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.API_APP;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.API_APP_OWNS;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.API_PUBLIC;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.API_TOKEN;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.API_TOKEN_OWNS;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.BILLING;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.CANDIDATE;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.CANDIDATE_OWNS;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.EMPLOYER;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.EMPLOYER_LINK;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.EMPLOYER_OWNS;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.LINK;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.LOCAL;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.MODERATOR;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.PUBLIC;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.SIGNED_IN;
import static dev.backboard.web.AccessControlMatrixIntegrationTests.Rule.SIGNED_IN_LINK;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every route of the application, pages and API, as an anonymous visitor, two
 * candidates, the owners of two companies and a moderator (and the API with each
 * company's token), and checks that each reaches only what its rule allows: other
 * people's objects answer 404 exactly like missing ones, HEAD included. A new route
 * without a rule here fails the build.
 */
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixIntegrationTests {

	/** Who may use a route. */
	enum Rule {

		/** Anyone, signed in or not. */
		PUBLIC,
		/**
		 * Single-use links from mails and steps of a sign-in: anyone may open them; an
		 * unknown link or a step out of turn is answered, never refused or failed.
		 */
		LINK,
		/** Links from mails that only a signed-in person may follow. */
		SIGNED_IN_LINK,
		/** Links from mails that only a company's members may follow. */
		EMPLOYER_LINK,
		/** Any signed-in person. */
		SIGNED_IN,
		/** Candidates. */
		CANDIDATE,
		/** The candidate who owns the object in the path. */
		CANDIDATE_OWNS,
		/** Members of a company. */
		EMPLOYER,
		/** A company's owners and billing members: its recruiters are refused. */
		BILLING,
		/** Members of the company that owns the object in the path. */
		EMPLOYER_OWNS,
		/** Moderators and admins. */
		MODERATOR,
		/** Admins. */
		ADMIN,
		/** Operator pages, only from this machine. */
		LOCAL,
		/** API reads anyone may make. */
		API_PUBLIC,
		/** API calls with a company's token. */
		API_TOKEN,
		/** API calls with the token of the company that owns the job in the path. */
		API_TOKEN_OWNS,
		/** API calls of an app a person authorized, with the route's scope. */
		API_APP,
		/**
		 * API calls of an app authorized by the person (candidate or company member) who
		 * owns the object in the path.
		 */
		API_APP_OWNS,
		/** API calls of an app an admin authorized with {@code admin:clients}. */
		API_ADMIN

	}

	enum Who {

		ANONYMOUS, CANDIDATE_A, CANDIDATE_B, OWNER_A, OWNER_B, MODERATOR

	}

	/** Every route's rule, keyed "METHOD /pattern" as the handler mappings name them. */
	static final Map<String, Rule> RULES = Map.ofEntries(entry("GET /", PUBLIC), entry("GET /jobs", PUBLIC),
			entry("GET /suggest", PUBLIC), entry("GET /jobs/{slug}", PUBLIC), entry("GET /jobs/{slug}/similar", PUBLIC),
			entry("GET /jobs/{slug}/report", PUBLIC), entry("POST /jobs/{slug}/report", PUBLIC),
			entry("GET /skills/{name}", PUBLIC), entry("GET /companies/{slug}", PUBLIC), entry("GET /insights", PUBLIC),
			entry("GET /insights.csv", PUBLIC), entry("GET /insights.json", PUBLIC),
			entry("GET /companies/{slug}/logo", PUBLIC), entry("GET /login", PUBLIC), entry("GET /login/2fa", LINK),
			entry("POST /login/2fa", LINK), entry("GET /signup", PUBLIC), entry("POST /signup", PUBLIC),
			entry("GET /password/forgot", PUBLIC), entry("POST /password/forgot", PUBLIC),
			entry("GET /password/reset", LINK), entry("POST /password/reset", LINK), entry("GET /verify-email", LINK),
			entry("POST /verify-email", LINK), entry("GET /setup/admin", LINK), entry("POST /setup/admin", LINK),
			entry("GET /account", SIGNED_IN), entry("POST /account/verification", SIGNED_IN),
			entry("GET /account/password", SIGNED_IN), entry("POST /account/password", SIGNED_IN),
			entry("GET /account/email", SIGNED_IN), entry("POST /account/email", SIGNED_IN),
			entry("GET /account/email/confirm", SIGNED_IN), entry("POST /account/email/confirm", SIGNED_IN),
			entry("GET /account/2fa", SIGNED_IN), entry("POST /account/2fa/setup", SIGNED_IN),
			entry("POST /account/2fa/confirm", SIGNED_IN), entry("POST /account/2fa/disable", SIGNED_IN),
			entry("POST /account/identities/link", SIGNED_IN), entry("POST /account/identities/unlink", SIGNED_IN),
			entry("GET /account/data", SIGNED_IN), entry("POST /account/data/export", SIGNED_IN),
			entry("POST /account/data/delete", SIGNED_IN), entry("GET /invitations/{token}", SIGNED_IN_LINK),
			entry("POST /invitations/{token}", SIGNED_IN_LINK), entry("GET /candidate", CANDIDATE),
			entry("GET /candidate/profile", CANDIDATE), entry("POST /candidate/profile", CANDIDATE),
			entry("GET /candidate/resumes", CANDIDATE), entry("POST /candidate/resumes", CANDIDATE),
			entry("GET /candidate/resumes/{id}", CANDIDATE_OWNS),
			entry("POST /candidate/resumes/{id}/delete", CANDIDATE_OWNS), entry("GET /employer", EMPLOYER),
			entry("GET /employer/jobs/new", EMPLOYER), entry("POST /employer/jobs", EMPLOYER),
			entry("POST /employer/jobs/preview", EMPLOYER), entry("GET /employer/jobs/{id}", EMPLOYER_OWNS),
			entry("GET /employer/jobs/{id}/edit", EMPLOYER_OWNS), entry("POST /employer/jobs/{id}/edit", EMPLOYER_OWNS),
			entry("POST /employer/jobs/{id}/{action:submit|renew|relist|fill|close}", EMPLOYER_OWNS),
			entry("POST /employer/jobs/{id}/still-live/dismiss", EMPLOYER_OWNS),
			entry("GET /employer/company/new", EMPLOYER), entry("POST /employer/company/new", EMPLOYER),
			entry("GET /employer/company", EMPLOYER), entry("POST /employer/company", EMPLOYER),
			entry("GET /employer/company/membership", EMPLOYER), entry("GET /employer/company/domain", EMPLOYER),
			entry("POST /employer/company/domain", EMPLOYER),
			entry("GET /employer/company/domain/confirm/{token}", EMPLOYER_LINK),
			entry("POST /employer/company/domain/confirm/{token}", EMPLOYER_LINK),
			entry("GET /employer/team", EMPLOYER), entry("POST /employer/team/invitations", EMPLOYER),
			entry("POST /employer/team/members/{accountId}/role", EMPLOYER_OWNS),
			entry("POST /employer/team/members/{accountId}/remove", EMPLOYER_OWNS),
			entry("GET /employer/tokens", EMPLOYER), entry("POST /employer/tokens", EMPLOYER),
			entry("POST /employer/tokens/{id}/revoke", EMPLOYER_OWNS), entry("GET /moderation", MODERATOR),
			entry("GET /moderation/jobs/{id}", MODERATOR), entry("POST /moderation/jobs/{id}/approve", MODERATOR),
			entry("POST /moderation/jobs/{id}/reject", MODERATOR),
			entry("POST /moderation/reports/{id}/dismiss", MODERATOR),
			entry("POST /moderation/reports/{id}/close-job", MODERATOR), entry("GET /dev/mail", LOCAL),
			entry("GET /dev/mail/{id}", LOCAL), entry("GET /api/v1/jobs", API_PUBLIC),
			entry("GET /api/v1/jobs/{id}", API_PUBLIC), entry("GET /api/v1/suggest", API_PUBLIC),
			entry("GET /api/v1/skills", API_PUBLIC), entry("GET /api/v1/company", API_TOKEN),
			entry("GET /api/v1/company/jobs", API_TOKEN), entry("GET /api/v1/company/jobs/{id}", API_TOKEN_OWNS),
			entry("POST /api/v1/jobs", API_TOKEN), entry("PUT /api/v1/jobs/{id}", API_TOKEN_OWNS),
			entry("PATCH /api/v1/jobs/{id}", API_TOKEN_OWNS), entry("POST /api/v1/jobs/{id}/submit", API_TOKEN_OWNS),
			entry("POST /api/v1/jobs/{id}/close", API_TOKEN_OWNS), entry("POST /api/v1/jobs/{id}/fill", API_TOKEN_OWNS),
			entry("POST /api/v1/jobs/{id}/renew", API_TOKEN_OWNS),
			entry("POST /api/v1/jobs/{id}/relist", API_TOKEN_OWNS), entry("GET /jobs/{slug}/apply-out", PUBLIC),
			entry("GET /jobs/{slug}/panel", PUBLIC), entry("GET /jobs/{slug}/apply", CANDIDATE),
			entry("POST /jobs/{slug}/apply", CANDIDATE), entry("POST /jobs/{slug}/save", CANDIDATE),
			entry("POST /jobs/{slug}/unsave", CANDIDATE), entry("POST /jobs/{slug}/hide", CANDIDATE),
			entry("POST /jobs/{slug}/unhide", CANDIDATE), entry("GET /candidate/applications", CANDIDATE),
			entry("POST /candidate/applications/{id}/withdraw", CANDIDATE_OWNS),
			entry("GET /candidate/saved", CANDIDATE), entry("POST /candidate/saved/{id}/delete", CANDIDATE),
			entry("GET /employer/jobs/{id}/questions", EMPLOYER_OWNS),
			entry("POST /employer/jobs/{id}/questions", EMPLOYER_OWNS),
			entry("POST /employer/jobs/{id}/questions/{questionId}/delete", EMPLOYER_OWNS),
			entry("GET /employer/jobs/{id}/applicants", EMPLOYER_OWNS),
			entry("GET /employer/jobs/{id}/applicants.csv", EMPLOYER_OWNS), entry("GET /employer/analytics", EMPLOYER),
			entry("GET /employer/analytics.csv", EMPLOYER), entry("GET /employer/jobs/{id}/analytics", EMPLOYER_OWNS),
			entry("GET /employer/jobs/{id}/analytics.csv", EMPLOYER_OWNS), entry("GET /admin/analytics", ADMIN),
			entry("POST /employer/jobs/{id}/applicants/stage", EMPLOYER_OWNS),
			entry("GET /employer/applications/{id}", EMPLOYER_OWNS),
			entry("POST /employer/applications/{id}/stage", EMPLOYER_OWNS),
			entry("POST /employer/applications/{id}/notes", EMPLOYER_OWNS),
			entry("GET /employer/applications/{id}/resume", EMPLOYER_OWNS),
			entry("GET /employer/applicant-counts", EMPLOYER), entry("GET /employer/stage-emails", EMPLOYER),
			entry("POST /employer/stage-emails", EMPLOYER), entry("GET /employer/billing", BILLING),
			entry("POST /employer/billing/packages", BILLING), entry("POST /employer/billing/featured", BILLING),
			entry("GET /employer/billing/return", EMPLOYER_LINK),
			entry("GET /employer/jobs/{id}/checkout", EMPLOYER_OWNS),
			entry("POST /employer/jobs/{id}/checkout", EMPLOYER_OWNS), entry("POST /stripe/webhook", PUBLIC),
			entry("GET /admin/billing", ADMIN), entry("POST /admin/billing/prices", ADMIN),
			entry("POST /admin/billing/allowances", ADMIN), entry("GET /admin/billing/payments.csv", ADMIN),
			entry("GET /api/v1/company/jobs/{id}/price", API_TOKEN_OWNS), entry("GET /jobs.{format:rss|atom}", PUBLIC),
			entry("GET /companies/{slug}/jobs.{format:rss|atom}", PUBLIC),
			entry("GET /skills/{name}/jobs.{format:rss|atom}", PUBLIC), entry("GET /robots.txt", PUBLIC),
			entry("GET /sitemap.xml", PUBLIC), entry("GET /sitemaps/pages.xml", PUBLIC),
			entry("GET /sitemaps/jobs-{file}.xml", PUBLIC), entry("GET /feeds/jobs.xml", PUBLIC),
			entry("GET /feeds/jobs.json", PUBLIC), entry("GET /employer/webhooks", EMPLOYER),
			entry("POST /employer/webhooks", EMPLOYER), entry("GET /employer/webhooks/{id}", EMPLOYER_OWNS),
			entry("POST /employer/webhooks/{id}", EMPLOYER_OWNS),
			entry("POST /employer/webhooks/{id}/test", EMPLOYER_OWNS),
			entry("POST /employer/webhooks/{id}/rotate", EMPLOYER_OWNS),
			entry("POST /employer/webhooks/{id}/enable", EMPLOYER_OWNS),
			entry("POST /employer/webhooks/{id}/delete", EMPLOYER_OWNS),
			entry("POST /employer/webhooks/{id}/deliveries/{deliveryId}/redeliver", EMPLOYER_OWNS),
			entry("GET /employer/imports", EMPLOYER), entry("POST /employer/imports", EMPLOYER),
			entry("GET /employer/imports/{id}", EMPLOYER_OWNS), entry("POST /employer/imports/{id}", EMPLOYER_OWNS),
			entry("POST /employer/imports/{id}/sync", EMPLOYER_OWNS),
			entry("POST /employer/imports/{id}/delete", EMPLOYER_OWNS), entry("GET /api/v1/webhooks", API_TOKEN),
			entry("POST /api/v1/webhooks", API_TOKEN), entry("GET /api/v1/webhooks/{id}", API_TOKEN_OWNS),
			entry("PUT /api/v1/webhooks/{id}", API_TOKEN_OWNS), entry("DELETE /api/v1/webhooks/{id}", API_TOKEN_OWNS),
			entry("POST /api/v1/webhooks/{id}/rotate-secret", API_TOKEN_OWNS),
			entry("POST /api/v1/webhooks/{id}/enable", API_TOKEN_OWNS),
			entry("POST /api/v1/webhooks/{id}/test", API_TOKEN_OWNS),
			entry("GET /api/v1/webhooks/{id}/deliveries", API_TOKEN_OWNS),
			entry("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", API_TOKEN_OWNS),
			entry("GET /alerts/new", PUBLIC), entry("POST /alerts", PUBLIC), entry("GET /alerts/{token}", LINK),
			entry("POST /alerts/{token}/confirm", LINK), entry("POST /alerts/{token}/searches/{id}/frequency", LINK),
			entry("POST /alerts/{token}/searches/{id}/delete", LINK),
			entry("GET /alerts/{token}/searches/{id}/unsubscribe", LINK),
			entry("POST /alerts/{token}/searches/{id}/unsubscribe", LINK),
			entry("GET /alerts/{token}/unsubscribe", LINK), entry("POST /alerts/{token}/unsubscribe", LINK),
			entry("GET /candidate/alerts", CANDIDATE), entry("GET /oauth2/consent", SIGNED_IN),
			entry("GET /account/apps", SIGNED_IN), entry("POST /account/apps/{id}/revoke", SIGNED_IN_LINK),
			entry("GET /admin/apps", ADMIN), entry("POST /admin/apps", ADMIN),
			entry("POST /admin/apps/{id}/delete", ADMIN), entry("GET /api/v1/me/profile", API_APP),
			entry("PUT /api/v1/me/profile", API_APP), entry("GET /api/v1/me/resumes", API_APP),
			entry("POST /api/v1/me/resumes", API_APP), entry("GET /api/v1/me/resumes/{id}", API_APP_OWNS),
			entry("DELETE /api/v1/me/resumes/{id}", API_APP_OWNS),
			entry("GET /api/v1/me/application-forms/{slug}", API_APP), entry("GET /api/v1/me/applications", API_APP),
			entry("POST /api/v1/me/applications", API_APP),
			entry("POST /api/v1/me/applications/{id}/withdraw", API_APP_OWNS),
			entry("GET /api/v1/me/saved-jobs", API_APP), entry("PUT /api/v1/me/saved-jobs/{slug}", API_APP),
			entry("DELETE /api/v1/me/saved-jobs/{slug}", API_APP),
			entry("GET /api/v1/employer/jobs/{jobId}/applicants", API_APP_OWNS),
			entry("POST /api/v1/employer/applications/{id}/stage", API_APP_OWNS),
			entry("POST /api/v1/employer/applications/stage", API_APP_OWNS),
			entry("GET /api/v1/employer/jobs/{jobId}/applicants.csv", API_APP_OWNS),
			entry("GET /api/v1/employer/applications/{id}/notes", API_APP_OWNS),
			entry("POST /api/v1/employer/applications/{id}/notes", API_APP_OWNS),
			entry("PUT /api/v1/employer/applications/{id}/rating", API_APP_OWNS),
			entry("GET /api/v1/admin/clients", API_ADMIN), entry("POST /api/v1/admin/clients", API_ADMIN),
			entry("GET /api/v1/admin/clients/{clientId}", API_ADMIN),
			entry("PUT /api/v1/admin/clients/{clientId}", API_ADMIN),
			entry("DELETE /api/v1/admin/clients/{clientId}", API_ADMIN));

	/**
	 * Fields that make a form valid enough to reach the object lookup (a form refused for
	 * its fields says nothing about the object).
	 */
	static final Map<String, Map<String, String>> FORM_FIELDS = Map.of("/employer/team/members/{n}/role",
			Map.of("role", "OWNER"));

	/** Framework routes: the API description, its explorer and the error page. */
	static final Set<String> FRAMEWORK = Set.of("/error", "/api/v1/openapi.json", "/api/v1/openapi.json/swagger-config",
			"/api/v1/openapi.json.yaml", "/api/v1/docs", "/api/v1/openapi.json/{group}",
			"/api/v1/openapi.json.yaml/{group}");

	/** Ids nobody has: a foreign object must look exactly like these. */
	static final String MISSING_ID = "987654321";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	JobService jobs;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Reports reports;

	@Autowired
	Resumes resumes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Webhooks webhooks;

	@Autowired
	ImportSources imports;

	final Map<String, Long> importSources = new java.util.concurrent.ConcurrentHashMap<>();

	@Autowired
	MutableClock clock;

	Tenant a;

	Tenant b;

	Map<Who, WebSession> sessions;

	long reportId;

	UUID resumeOfA;

	UUID deletableResumeOfA;

	long dismissableReportId;

	long inReviewJobId;

	@Autowired
	Applying applying;

	@Autowired
	AppClients appClients;

	/** An app that may ask for every scope, and the tokens people gave it. */
	String appClientId;

	final Map<String, AppFlows.Tokens> appTokens = new java.util.concurrent.ConcurrentHashMap<>();

	/** A résumé of candidate A's for the API's delete, so the page's keeps its own. */
	UUID apiDeletableResumeOfA;

	/** The id of company A's job that takes applications on Backboard. */
	long backboardIdOfA;

	@Autowired
	ScreeningQuestions questions;

	/** A job of company A that takes applications on Backboard. */
	String backboardSlugOfA;

	/** Candidate A's application to it, with a résumé. */
	long applicationOfA;

	/** Another application of candidate A's, to withdraw. */
	long withdrawableOfA;

	long questionOfA;

	/** An admin, for the operator's API. */
	WebSession admin;

	final Map<Boolean, String> adminTargets = new java.util.concurrent.ConcurrentHashMap<>();

	/** A recruiter of company A, for the routes only owners and billing members reach. */
	WebSession recruiterOfA;

	@BeforeAll
	void createTwoTenantsAndTheirPeople() {
		a = tenant("A");
		b = tenant("B");
		UserAccount moderator = users.create("Mod", Role.MODERATOR);
		Job reported = jobs.publish(a.company().getId(), details("Reported"));
		reports.file(reported.getSlug(), ReportReason.SPAM, null, null, null);
		reportId = jdbc.sql("select max(id) from job_report").query(Long.class).single();
		reports.file(reported.getSlug(), ReportReason.SCAM, null, null, null);
		dismissableReportId = jdbc.sql("select max(id) from job_report").query(Long.class).single();
		inReviewJobId = a.inReviewJobId();
		UserAccount candidateA = users.create("Cand A", Role.CANDIDATE);
		resumeOfA = resumes.upload(candidateA.getId(), "a.pdf", SampleDocuments.pdf("Kotlin and PostgreSQL")).id();
		deletableResumeOfA = resumes.upload(candidateA.getId(), "b.pdf", SampleDocuments.pdf("Go and Kafka")).id();
		Job backboard = jobs.publish(a.company().getId(), applyOnBackboard(details("Applied")));
		backboardSlugOfA = backboard.getSlug();
		backboardIdOfA = backboard.getId();
		apiDeletableResumeOfA = resumes.upload(candidateA.getId(), "c.pdf", SampleDocuments.pdf("Rust")).id();
		appClientId = appClients
			.register(moderator.getId(),
					new AppRegistration("Matrix app", AppFlows.REDIRECT.replace(":53682", ""), false,
							java.util.Arrays.stream(AppScope.values()).map(AppScope::value).toList(), ""))
			.clientId();
		applicationOfA = applying
			.submit(backboard, candidateA.getId(), candidateA.getEmail(),
					new ApplicationForm("Cand A", "", resumeOfA, "", Map.of(), true))
			.applicationId();
		Job another = jobs.publish(a.company().getId(), applyOnBackboard(details("Withdrawn")));
		withdrawableOfA = applying
			.submit(another, candidateA.getId(), candidateA.getEmail(),
					new ApplicationForm("Cand A", "", null, "", Map.of(), true))
			.applicationId();
		questionOfA = questions
			.add(a.company().getId(), a.draftId(), new QuestionInput("FREE_TEXT", "Why?", "", false, "", "", ""))
			.id();
		sessions = Map.of(Who.ANONYMOUS, new WebSession(port), Who.CANDIDATE_A, users.signIn(port, candidateA),
				Who.CANDIDATE_B, users.signIn(port, users.create("Cand B", Role.CANDIDATE)), Who.OWNER_A,
				users.signIn(port, a.owner()), Who.OWNER_B, users.signIn(port, b.owner()), Who.MODERATOR,
				users.signIn(port, moderator));
		// Reports and sign-ins are rate limited per address: these requests come from
		// addresses of their own, so other tests keep their budgets.
		sessions.forEach((who, session) -> session.header("X-Forwarded-For", "198.51.100." + (who.ordinal() + 1)));
	}

	@Test
	void everyRouteHasARule() {
		assertThat(routes()).allSatisfy(route -> assertThat(RULES).as("a rule for %s", route).containsKey(route));
	}

	@TestFactory
	Stream<DynamicTest> everyPersonReachesOnlyWhatTheRuleAllows() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String route : routes()) {
			Rule rule = RULES.get(route);
			if (rule == null || rule.name().startsWith("API")) {
				continue;
			}
			for (Who who : Who.values()) {
				tests.add(DynamicTest.dynamicTest(route + " as " + who, () -> checkPage(route, rule, who)));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyApiCallerReachesOnlyWhatTheRuleAllows() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String route : routes()) {
			Rule rule = RULES.get(route);
			if (rule != null && rule.name().startsWith("API")) {
				List<String> callers = rule.name().startsWith("API_APP")
						? List.of("anonymous", "token A", "app of A", "app of B", "app without the scope")
						: rule == API_ADMIN ? List.of("anonymous", "token A", "app of a candidate", "app of an admin")
								: List.of("anonymous", "token A", "token B");
				for (String caller : callers) {
					tests.add(DynamicTest.dynamicTest(route + " as " + caller, () -> checkApi(route, rule, caller)));
				}
			}
		}
		return tests.stream();
	}

	private void checkPage(String route, Rule rule, Who who) {
		String method = route.substring(0, route.indexOf(' '));
		String path = path(route, a);
		Api.Response response = request(who, method, path);
		String outcome = route + " as " + who + " answered " + response.status() + " "
				+ String.valueOf(response.header("Location"));
		switch (rule) {
			case PUBLIC -> assertThat(reached(response)).as(outcome).isTrue();
			case LINK -> assertThat(answered(response)).as(outcome).isTrue();
			case SIGNED_IN_LINK -> {
				if (who == Who.ANONYMOUS) {
					expect(response, Expect.SIGN_IN, outcome);
				}
				else {
					assertThat(answered(response)).as(outcome).isTrue();
				}
			}
			case EMPLOYER_LINK -> {
				if (employerExpectation(who) == Expect.REACHED) {
					assertThat(answered(response)).as(outcome).isTrue();
				}
				else {
					expect(response, employerExpectation(who), outcome);
				}
			}
			case SIGNED_IN -> expect(response, who == Who.ANONYMOUS ? Expect.SIGN_IN : Expect.REACHED, outcome);
			case EMPLOYER -> expect(response, employerExpectation(who), outcome);
			case BILLING -> {
				expect(response, employerExpectation(who), outcome);
				if (who == Who.OWNER_A) {
					Api.Response recruiter = method.equals("GET") ? recruiterOfA().get(path)
							: recruiterOfA().post(path, Map.of("_csrf", recruiterOfA().csrfToken("/account")));
					expect(recruiter, Expect.FORBIDDEN, route + " as a recruiter of A");
				}
			}
			case CANDIDATE -> expect(response, candidateExpectation(who), outcome);
			case CANDIDATE_OWNS -> {
				expect(response, who == Who.CANDIDATE_B ? Expect.NOT_FOUND : candidateExpectation(who), outcome);
				if (who == Who.CANDIDATE_B) {
					looksLikeAMissingObject(route, who, method, path);
				}
			}
			case EMPLOYER_OWNS -> {
				Expect expected = who == Who.OWNER_B ? Expect.NOT_FOUND : employerExpectation(who);
				expect(response, expected, outcome);
				if (who == Who.OWNER_B) {
					looksLikeAMissingObject(route, who, method, path);
				}
			}
			case MODERATOR -> expect(response, switch (who) {
				case ANONYMOUS -> Expect.SIGN_IN;
				case MODERATOR -> Expect.REACHED;
				default -> Expect.FORBIDDEN;
			}, outcome);
			case ADMIN -> expect(response, who == Who.ANONYMOUS ? Expect.SIGN_IN : Expect.FORBIDDEN, outcome);
			case LOCAL -> {
				// From this machine the page answers (404: mail goes to SMTP in tests);
				// through
				// a proxy for someone elsewhere it is refused.
				assertThat(new Api(port).send(method, path, Map.of()).status()).as(outcome).isNotIn(401, 403);
				Api.Response remote = new Api(port).send(method, path, Map.of("X-Forwarded-For", "203.0.113.7"));
				assertThat(reached(remote)).as(route + " from elsewhere").isFalse();
			}
			default -> throw new IllegalStateException(rule.name());
		}
	}

	private WebSession recruiterOfA() {
		if (recruiterOfA == null) {
			recruiterOfA = users.signIn(port, a.recruiter()).header("X-Forwarded-For", "198.51.100.99");
		}
		return recruiterOfA;
	}

	private static Expect employerExpectation(Who who) {
		return switch (who) {
			case ANONYMOUS -> Expect.SIGN_IN;
			case OWNER_A, OWNER_B -> Expect.REACHED;
			default -> Expect.FORBIDDEN;
		};
	}

	private static Expect candidateExpectation(Who who) {
		return switch (who) {
			case ANONYMOUS -> Expect.SIGN_IN;
			case CANDIDATE_A, CANDIDATE_B -> Expect.REACHED;
			default -> Expect.FORBIDDEN;
		};
	}

	/** The 404 for someone else's object is the 404 for an id that does not exist. */
	private void looksLikeAMissingObject(String route, Who who, String method, String foreignPath) {
		String missingPath = path(route, null);
		Api.Response foreign = request(who, method, foreignPath);
		Api.Response missing = request(who, method, missingPath);
		assertThat(missing.status()).as(route + " with a missing id").isEqualTo(404);
		assertThat(withoutTokens(foreign.body())).isEqualTo(withoutTokens(missing.body()));
		if (method.equals("GET")) {
			assertThat(sessions.get(who).head(foreignPath).status()).as("HEAD " + foreignPath).isEqualTo(404);
			assertThat(sessions.get(who).head(missingPath).status()).as("HEAD " + missingPath).isEqualTo(404);
		}
	}

	private void checkApi(String route, Rule rule, String caller) {
		String method = route.substring(0, route.indexOf(' '));
		String path = path(route, a);
		Map<String, String> headers = switch (caller) {
			case "token A" -> Map.of("Authorization", "Bearer " + a.token());
			case "token B" -> Map.of("Authorization", "Bearer " + b.token());
			case "app of A", "app of B", "app without the scope" -> Map.of("Authorization", appToken(route, caller));
			default -> Map.of();
		};
		if (rule.name().startsWith("API_APP")) {
			checkApp(route, rule, caller, method, path, headers);
			return;
		}
		if (rule == API_ADMIN) {
			checkAdmin(route, caller, method, path);
			return;
		}
		Api.Response response = apiCall(method, path + (path.endsWith("/suggest") ? "?q=go" : ""), headers);
		String outcome = route + " as " + caller + " answered " + response.status();
		switch (rule) {
			case API_PUBLIC -> assertThat(response.status()).as(outcome).isEqualTo(200);
			case API_TOKEN -> {
				if (caller.equals("anonymous")) {
					assertThat(response.status()).as(outcome).isEqualTo(401);
				}
				else {
					assertThat(answered(response) && response.status() != 404).as(outcome).isTrue();
					Tenant tenant = caller.equals("token A") ? a : b;
					assertThat(response.body()).as(outcome).doesNotContain(tenant.token());
					if (method.equals("GET")) {
						assertThat(response.status()).as(outcome).isEqualTo(200);
						assertThat(response.body()).as(outcome)
							.contains(tenant.company().getSlug())
							.doesNotContain((tenant == a ? b : a).company().getSlug());
					}
				}
			}
			case API_TOKEN_OWNS -> {
				int expected = switch (caller) {
					case "anonymous" -> 401;
					case "token B" -> 404;
					default -> 0;
				};
				if (expected == 0) {
					assertThat(response.status()).as(outcome).isNotIn(401, 403, 404);
				}
				else {
					assertThat(response.status()).as(outcome).isEqualTo(expected);
				}
				if (caller.equals("token B")) {
					Api.Response missing = apiCall(method, path(route, null), headers);
					assertThat(missing.status()).isEqualTo(404);
					assertThat(response.body().replace(path, ""))
						.isEqualTo(missing.body().replace(path(route, null), ""));
				}
			}
			default -> throw new IllegalStateException(rule.name());
		}
	}

	/**
	 * An app's call: without a token a 401; a company's token or an app token without the
	 * route's scope a 403 naming the scope; the owner's app reaches it; someone else's
	 * object looks exactly like a missing one.
	 */
	private void checkApp(String route, Rule rule, String caller, String method, String path,
			Map<String, String> headers) {
		Api.Response response = apiCall(method, path, headers);
		String outcome = route + " as " + caller + " answered " + response.status() + " " + response.body();
		switch (caller) {
			case "anonymous" -> assertThat(response.status()).as(outcome).isEqualTo(401);
			case "token A", "app without the scope" -> {
				assertThat(response.status()).as(outcome).isEqualTo(403);
				assertThat(response.json().get("scope")).as(outcome).isNotNull();
			}
			case "app of A" -> assertThat(reached(response)).as(outcome).isTrue();
			default -> {
				if (rule == API_APP) {
					assertThat(reached(response)).as(outcome).isTrue();
					return;
				}
				assertThat(response.status()).as(outcome).isEqualTo(404);
				String missingPath = path(route, null);
				Api.Response missing = apiCall(method, missingPath, headers);
				assertThat(missing.status()).as(route + " with a missing id").isEqualTo(404);
				assertThat(response.body().replace(path, "")).isEqualTo(missing.body().replace(missingPath, ""));
			}
		}
	}

	/**
	 * An operator tool's call: without a token a 401; a company's token, or a candidate's
	 * app even with the scope, a 403 naming {@code admin:clients}; an admin's app reaches
	 * the app in the path, and a missing one is a 404.
	 */
	private void checkAdmin(String route, String caller, String method, String path) {
		Map<String, String> headers = switch (caller) {
			case "token A" -> Map.of("Authorization", "Bearer " + a.token());
			case "app of a candidate" -> Map.of("Authorization", adminScopeToken(sessions.get(Who.CANDIDATE_A)));
			case "app of an admin" -> Map.of("Authorization", adminScopeToken(admin()));
			default -> Map.of();
		};
		Api.Response response = apiCall(method, path, headers);
		String outcome = route + " as " + caller + " answered " + response.status() + " " + response.body();
		switch (caller) {
			case "anonymous" -> assertThat(response.status()).as(outcome).isEqualTo(401);
			case "app of an admin" -> {
				assertThat(reached(response)).as(outcome).isTrue();
				if (route.contains("{clientId}")) {
					assertThat(apiCall(method, path(route, null), headers).status()).as(route + " with a missing id")
						.isEqualTo(404);
				}
			}
			default -> {
				assertThat(response.status()).as(outcome).isEqualTo(403);
				assertThat(response.json().get("scope").asString()).as(outcome).isEqualTo("admin:clients");
			}
		}
	}

	private String adminScopeToken(WebSession person) {
		return appTokens
			.computeIfAbsent(person + " admin:clients",
					key -> new AppFlows(port).tokens(person, appClientId, "admin:clients"))
			.bearer();
	}

	private WebSession admin() {
		if (admin == null) {
			admin = users.signIn(port, users.create("Admin", Role.ADMIN)).header("X-Forwarded-For", "198.51.100.98");
		}
		return admin;
	}

	/** An app for the admin routes to reach, and one for their DELETE. */
	private String adminTarget(boolean deletable) {
		return adminTargets.computeIfAbsent(deletable,
				key -> appClients
					.register(a.owner().getId(),
							new AppRegistration("Matrix target", AppFlows.REDIRECT.replace(":53682", ""), false,
									List.of("saved"), ""))
					.clientId());
	}

	/**
	 * The token of an app authorized by the person the caller stands for: candidate A or
	 * B for a candidate's route, the owner of company A or B for an employer's; one with
	 * no scope any of these routes needs for the last.
	 */
	private String appToken(String route, String caller) {
		boolean employer = route.contains("/api/v1/employer/");
		Who who = switch (caller) {
			case "app of A" -> employer ? Who.OWNER_A : Who.CANDIDATE_A;
			case "app of B" -> employer ? Who.OWNER_B : Who.CANDIDATE_B;
			default -> Who.CANDIDATE_A;
		};
		String scopes = caller.equals("app without the scope") ? "jobs:read"
				: "profile resumes applications saved employer:applicants";
		return appTokens
			.computeIfAbsent(who + " " + scopes,
					key -> new AppFlows(port).tokens(sessions.get(who), appClientId, scopes))
			.bearer();
	}

	/**
	 * Writes carry a JSON body and a (stale) If-Match, so that only the object decides.
	 */
	private Api.Response apiCall(String method, String path, Map<String, String> headers) {
		if (method.equals("POST") && path.startsWith("/api/v1/employer/")) {
			Map<String, String> withBody = new java.util.HashMap<>(headers);
			withBody.put("Content-Type", "application/json");
			String ids = path.endsWith("/applications/stage") ? ", \"ids\": [" + applicationOfA + "]" : "";
			return new Api(port).send(method, path, withBody, "{\"stage\": \"REVIEWING\"" + ids + "}");
		}
		if (method.equals("PUT") || method.equals("PATCH")) {
			Map<String, String> withBody = new java.util.HashMap<>(headers);
			withBody.put("Content-Type", "application/json");
			withBody.put("If-Match", "\"stale\"");
			return new Api(port).send(method, path, withBody, "{}");
		}
		return new Api(port).send(method, path, headers);
	}

	enum Expect {

		REACHED, SIGN_IN, FORBIDDEN, NOT_FOUND

	}

	private static void expect(Api.Response response, Expect expected, String outcome) {
		switch (expected) {
			case REACHED -> assertThat(reached(response)).as(outcome).isTrue();
			case SIGN_IN -> {
				assertThat(response.status()).as(outcome).isEqualTo(302);
				assertThat(response.header("Location")).as(outcome).endsWith("/login");
			}
			case FORBIDDEN -> assertThat(response.status()).as(outcome).isEqualTo(403);
			case NOT_FOUND -> assertThat(response.status()).as(outcome).isEqualTo(404);
		}
	}

	/**
	 * The request got past the route's rule and the object lookup: anything but a
	 * refusal, a missing object, a detour to sign-in or second-factor pages, or a server
	 * error.
	 */
	private static boolean reached(Api.Response response) {
		String location = String.valueOf(response.header("Location"));
		return !Set.of(401, 403, 404).contains(response.status()) && response.status() < 500
				&& !location.endsWith("/login") && !location.contains("/login/2fa")
				&& !location.contains("/account/2fa?required");
	}

	/** Neither refused nor failed: a link that does not work (404, 410) is an answer. */
	private static boolean answered(Api.Response response) {
		return !Set.of(401, 403).contains(response.status()) && response.status() < 500;
	}

	private Api.Response request(Who who, String method, String path) {
		WebSession session = sessions.get(who);
		if (method.equals("GET")) {
			return session.get(path);
		}
		Map<String, String> fields = new java.util.HashMap<>(
				FORM_FIELDS.getOrDefault(path.replaceAll("/\\d+/", "/{n}/"), Map.of()));
		fields.put("_csrf", csrf(who));
		return session.post(path, fields);
	}

	private String csrf(Who who) {
		return sessions.get(who).csrfToken(who == Who.ANONYMOUS ? "/login" : "/account");
	}

	/**
	 * The route's path with its variables set to the tenant's objects, or to missing
	 * ones.
	 */
	private String path(String route, Tenant tenant) {
		String pattern = route.substring(route.indexOf(' ') + 1);
		if (tenant != null && route.equals("DELETE /api/v1/webhooks/{id}")) {
			// Its own endpoint, so that the other routes keep theirs.
			return "/api/v1/webhooks/" + tenant.webhooks().deletableByApi();
		}
		if (tenant != null && route.equals("DELETE /api/v1/admin/clients/{clientId}")) {
			return "/api/v1/admin/clients/" + adminTarget(true);
		}
		if (tenant != null && route.equals("DELETE /api/v1/me/resumes/{id}")) {
			return "/api/v1/me/resumes/" + apiDeletableResumeOfA;
		}
		Matcher variables = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(path, Matcher.quoteReplacement(value(pattern, variables.group(1), tenant)));
		}
		variables.appendTail(path);
		return path.toString();
	}

	private String value(String pattern, String variable, Tenant tenant) {
		if (variable.equals("action")) {
			return "close";
		}
		if (variable.equals("token")) {
			return "no-such-link-token";
		}
		if (variable.equals("format")) {
			return "rss";
		}
		if (variable.equals("file")) {
			return "1";
		}
		if (variable.equals("clientId")) {
			return tenant == null ? "app_nosuchclient" : adminTarget(false);
		}
		if (pattern.startsWith("/api/v1/me/resumes/")) {
			return tenant == null ? UUID.randomUUID().toString() : resumeOfA.toString();
		}
		if (pattern.startsWith("/candidate/resumes")) {
			UUID resume = pattern.endsWith("/delete") ? deletableResumeOfA : resumeOfA;
			return tenant == null ? UUID.randomUUID().toString() : resume.toString();
		}
		if (tenant == null) {
			return variable.equals("slug") ? "no-such-slug" : MISSING_ID;
		}
		if (variable.equals("questionId")) {
			return Long.toString(questionOfA);
		}
		if (variable.equals("deliveryId")) {
			return Long.toString(tenant.webhooks().delivery());
		}
		if (pattern.startsWith("/employer/webhooks/") || pattern.startsWith("/api/v1/webhooks/")) {
			return Long.toString(
					pattern.endsWith("/delete") ? tenant.webhooks().deletableByPage() : tenant.webhooks().endpoint());
		}
		if (pattern.startsWith("/employer/imports/")) {
			return Long.toString(importSource(tenant, pattern.endsWith("/delete")));
		}
		if (pattern.equals("/api/v1/me/application-forms/{slug}")) {
			return backboardSlugOfA;
		}
		if (pattern.startsWith("/api/v1/employer/jobs/")) {
			return Long.toString(backboardIdOfA);
		}
		if (pattern.startsWith("/api/v1/employer/applications/")) {
			return Long.toString(applicationOfA);
		}
		if (pattern.startsWith("/api/v1/me/applications/")) {
			return Long.toString(withdrawableOfA);
		}
		if (pattern.startsWith("/account/apps/") || pattern.startsWith("/admin/apps/")) {
			return "no-such-app";
		}
		if (pattern.equals("/jobs/{slug}/apply")) {
			return backboardSlugOfA;
		}
		if (pattern.startsWith("/employer/applications/")) {
			return Long.toString(applicationOfA);
		}
		if (pattern.startsWith("/candidate/applications/")) {
			return Long.toString(withdrawableOfA);
		}
		return switch (variable) {
			case "name" -> "postgresql";
			case "accountId" -> Long.toString(
					pattern.endsWith("/remove") ? tenant.removableRecruiter().getId() : tenant.recruiter().getId());
			case "slug" -> pattern.startsWith("/companies") ? tenant.company().getSlug() : tenant.publishedSlug();
			case "id" -> {
				if (pattern.startsWith("/employer/tokens")) {
					yield Long.toString(tenant.revocableTokenId());
				}
				if (pattern.startsWith("/moderation/reports")) {
					yield Long.toString(pattern.endsWith("/dismiss") ? dismissableReportId : reportId);
				}
				if (pattern.startsWith("/moderation/jobs")) {
					yield Long.toString(inReviewJobId);
				}
				if (pattern.startsWith("/dev/mail")) {
					yield "1";
				}
				if (pattern.startsWith("/api/v1/jobs/{id}") && pattern.equals("/api/v1/jobs/{id}")) {
					yield Long.toString(tenant.publishedId());
				}
				yield Long.toString(tenant.draftId());
			}
			default -> throw new IllegalStateException("No value for {" + variable + "} in " + pattern);
		};
	}

	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (FRAMEWORK.contains(pattern) || pattern.startsWith("/api/v1/docs") || pattern.startsWith("/bench")) {
					continue;
				}
				info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " " + pattern));
			}
		}
		return routes;
	}

	private static String withoutTokens(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private Tenant tenant(String name) {
		UserAccount owner = users.create("Owner " + name, Role.EMPLOYER);
		UserAccount recruiter = users.create("Recruiter " + name, Role.EMPLOYER);
		UserAccount removable = users.create("Leaving " + name, Role.EMPLOYER);
		Company company = companies.create(owner.getId(), new CompanyForm("Tenant " + name + " " + System.nanoTime(),
				"https://example.com", "About us", null, null), png());
		members.add(company.getId(), recruiter.getId(), MemberRole.RECRUITER);
		members.add(company.getId(), removable.getId(), MemberRole.RECRUITER);
		Actor actor = Actor.person(owner.getId(), owner.getDisplayName());
		Job draft = jobs.createDraft(company.getId(), details("Draft"), actor);
		Job inReview = jobs.submit(company.getId(), jobs.createDraft(company.getId(), details("Review"), actor).getId(),
				actor);
		Job published = jobs.publish(company.getId(), details("Live"));
		ApiTokens.Created token = tokens.create(company.getId(), owner.getId(), "matrix",
				List.of("jobs:read", "jobs:write", "webhooks:write"));
		ApiTokens.Created revocable = tokens.create(company.getId(), owner.getId(), "revocable", List.of("jobs:read"));
		return new Tenant(company, owner, recruiter, removable, draft.getId(), inReview.getId(), published.getId(),
				published.getSlug(), revocable.id(), token.secret(), webhooks(company.getId()));
	}

	/** The tenant's import source, and another one to delete. */
	private long importSource(Tenant tenant, boolean deletable) {
		return importSources.computeIfAbsent(tenant.company().getId() + (deletable ? ":delete" : ""),
				key -> imports
					.create(tenant.company().getId(),
							new SourceInput("LEVER", "matrix" + (deletable ? "-delete" : ""), false, "REFUSE", 60))
					.id());
	}

	private TenantWebhooks webhooks(long companyId) {
		java.util.function.Supplier<Long> endpoint = () -> webhooks
			.create(companyId,
					new EndpointInput("https://hooks.example.com/" + UUID.randomUUID(), "", List.of("job.expired")))
			.endpoint()
			.id();
		long main = endpoint.get();
		return new TenantWebhooks(main, endpoint.get(), endpoint.get(), webhooks.sendTestEvent(companyId, main));
	}

	private static JobDetails applyOnBackboard(JobDetails details) {
		return new JobDetails(details.title(), details.descriptionMarkdown(), details.locations(),
				details.workplaceType(), details.remoteCountries(), details.timezoneMin(), details.timezoneMax(),
				details.employmentType(), details.seniority(), details.salary(), details.visaSponsorship(),
				details.relocation(), details.skills(), null, null, ApplyMethod.BACKBOARD);
	}

	private static byte[] png() {
		try {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO
				.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", bytes);
			return bytes.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JobDetails details(String title) {
		return SampleJobs
			.job(title + " Engineer", "Services on PostgreSQL.", WorkplaceType.REMOTE, List.of(), Seniority.SENIOR,
					null, List.of(new JobSkill("postgresql", true)))
			.build();
	}

	record Tenant(Company company, UserAccount owner, UserAccount recruiter, UserAccount removableRecruiter,
			long draftId, long inReviewJobId, long publishedId, String publishedSlug, long revocableTokenId,
			String token, TenantWebhooks webhooks) {
	}

	record TenantWebhooks(long endpoint, long deletableByPage, long deletableByApi, long delivery) {
	}

}
