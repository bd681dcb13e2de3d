package dev.backboard.oauth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.applications.ApplicationFixtures;
import dev.backboard.applications.QuestionInput;
import dev.backboard.applications.ScreeningQuestions;
import dev.backboard.candidates.SampleDocuments;
import dev.backboard.client.ApiClient;
import dev.backboard.client.ApiException;
import dev.backboard.client.api.AdminClientsApi;
import dev.backboard.client.api.CandidateApi;
import dev.backboard.client.api.EmployerApplicantsApi;
import dev.backboard.client.api.JobsApi;
import dev.backboard.client.model.ApplicantResponse;
import dev.backboard.client.model.ApplicationFormResponse;
import dev.backboard.client.model.ApplicationRequest;
import dev.backboard.client.model.ApplicationResponse;
import dev.backboard.client.model.BulkStageChange;
import dev.backboard.client.model.ClientRequest;
import dev.backboard.client.model.ClientResponse;
import dev.backboard.client.model.Problem;
import dev.backboard.client.model.RegisteredClient;
import dev.backboard.client.model.ResumeResponse;
import dev.backboard.client.model.SavedJobResponse;
import dev.backboard.client.model.SearchResponse;
import dev.backboard.client.model.StageChange;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.companies.MemberRole;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.support.BrowserPeople;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.backboard.support.BrowserPeople.arriveAt;
import static dev.backboard.support.BrowserPeople.exactLabel;
import static dev.backboard.support.BrowserPeople.randomLetters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The OpenAPI description proven by a client generated from it: an admin registers the
 * apps on the admin page, people allow them on the real consent page in Chromium
 * (authorization code with PKCE, the app's own loopback listener), and from then on the
 * apps talk to the running server only through the generated client's typed classes. A
 * route, a field, a type or an error the description gets wrong fails here: the client is
 * generated from the snapshot that {@link OpenApiSnapshotTests} holds equal to the served
 * description, and it refuses any field the description does not name.
 */
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class GeneratedClientJourneyTests {

	private static final String CANDIDATE_SCOPES = "jobs:read profile resumes applications saved";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	// Addresses of its own, so that sign-in and apply limits never meet another
	// test's.
	@RegisterExtension
	static final BrowserPeople people = BrowserPeople.from("198.19.13.");

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	CompanyRepository companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	JobService jobs;

	@Autowired
	ScreeningQuestions questions;

	@TempDir
	Path files;

	@Test
	void aCandidateSearchesSavesUploadsAppliesFollowsTheStageAndWithdrawsThroughTheClient() throws Exception {
		String word = "Zephyrquark";
		Hiring hiring = hiring(word + " Platform Engineer");
		long question = questions
			.add(hiring.companyId(), hiring.job().getId(),
					new QuestionInput("YES_NO", "Can you work in the EU?", "", true, "NO", "", ""))
			.id();
		String candidateApp = registerApp("Pocket Jobs", CANDIDATE_SCOPES);
		String employerApp = registerApp("Hiring Desk", "employer:applicants");
		UserAccount person = users.create("pia", Role.CANDIDATE);
		AppFlows.Tokens tokens = allowAsCandidate(person, candidateApp, CANDIDATE_SCOPES);
		CandidateApi candidate = new CandidateApi(client(tokens));

		SearchResponse found = new JobsApi(client(tokens)).searchJobs(word.toLowerCase(), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null);
		assertThat(found.getTotal()).isEqualTo(1L);
		assertThat(found.getResults()).singleElement().satisfies(hit -> {
			assertThat(hit.getSlug()).isEqualTo(hiring.job().getSlug());
			assertThat(hit.getTitle()).isEqualTo(word + " Platform Engineer");
			assertThat(hit.getCompany().getName()).isEqualTo(hiring.company().getName());
		});

		candidate.saveJob(hiring.job().getSlug());
		List<SavedJobResponse> saved = candidate.listSavedJobs();
		assertThat(saved).singleElement().satisfies(job -> {
			assertThat(job.getSlug()).isEqualTo(hiring.job().getSlug());
			assertThat(job.getExpired()).isFalse();
			assertThat(job.getTitle()).isEqualTo(word + " Platform Engineer");
		});

		Path cv = files.resolve("pia.pdf");
		Files.write(cv, SampleDocuments.pdf("Pia, platform engineer"));
		ResumeResponse resume = candidate.uploadResume(cv.toFile(), "cv-" + randomLetters(8));
		assertThat(resume.getType()).isEqualTo("PDF");
		assertThat(resume.getName()).isEqualTo("pia.pdf");
		assertThat(candidate.listResumes()).extracting(ResumeResponse::getId).containsExactly(resume.getId());

		ApplicationFormResponse form = candidate.getApplicationForm(hiring.job().getSlug());
		assertThat(form.getConsentText()).isNotBlank();
		assertThat(form.getQuestions()).singleElement().satisfies(asked -> {
			assertThat(asked.getField()).isEqualTo("q" + question);
			assertThat(asked.getKind()).isEqualTo("YES_NO");
		});
		ApiException withoutConsent = catchThrowableOfType(ApiException.class,
				() -> candidate.apply(application(hiring, resume, form, false), null));
		Problem refused = problem(withoutConsent, 400);
		assertThat(refused.getErrors()).anySatisfy(error -> assertThat(error.getParameter()).isEqualTo("consent"));

		ApplicationResponse applied = candidate.apply(application(hiring, resume, form, true),
				"apply-" + randomLetters(8));
		assertThat(applied.getJobSlug()).isEqualTo(hiring.job().getSlug());
		assertThat(applied.getCompanyName()).isEqualTo(hiring.company().getName());
		assertThat(applied.getStatus()).isEqualTo("Submitted");
		assertThat(applied.getWithdrawn()).isFalse();

		EmployerApplicantsApi employer = new EmployerApplicantsApi(
				client(allowWithSecondFactor(hiring.owner(), employerApp, "employer:applicants")));
		List<ApplicantResponse> applicants = employer.listApplicants(hiring.job().getId());
		assertThat(applicants).singleElement().satisfies(applicant -> {
			assertThat(applicant.getId()).isEqualTo(applied.getId());
			assertThat(applicant.getStage()).isEqualTo(ApplicantResponse.StageEnum.NEW);
		});
		assertThat(employer.moveApplication(applied.getId(), new StageChange().stage("INTERVIEW")).getMoved())
			.isEqualTo(1);

		assertThat(candidate.listApplications()).singleElement()
			.satisfies(application -> assertThat(application.getStatus()).isEqualTo("Interviewing"));
		candidate.withdrawApplication(applied.getId());
		assertThat(candidate.listApplications()).singleElement().satisfies(application -> {
			assertThat(application.getStatus()).isEqualTo("Withdrawn");
			assertThat(application.getWithdrawn()).isTrue();
		});
	}

	@Test
	void anEmployerListsApplicantsAndMovesThemThroughTheClient() throws Exception {
		Hiring hiring = hiring("Quillnova Backend Engineer");
		String candidateApp = registerApp("Pocket Jobs", "applications");
		String employerApp = registerApp("Hiring Desk", "employer:applicants");
		long first = apply(hiring, users.create("ada", Role.CANDIDATE), candidateApp);
		long second = apply(hiring, users.create("bo", Role.CANDIDATE), candidateApp);

		ApiClient desk = client(allowWithSecondFactor(hiring.owner(), employerApp, "employer:applicants"));
		EmployerApplicantsApi employer = new EmployerApplicantsApi(desk);
		List<ApplicantResponse> applicants = employer.listApplicants(hiring.job().getId());
		assertThat(applicants).extracting(ApplicantResponse::getId).containsExactlyInAnyOrder(first, second);
		assertThat(applicants).allSatisfy(applicant -> {
			assertThat(applicant.getStage()).isEqualTo(ApplicantResponse.StageEnum.NEW);
			assertThat(applicant.getMatchScore()).isBetween(0, 100);
			assertThat(applicant.getMissingRequired()).contains("go", "postgresql");
			assertThat(applicant.getWithdrawn()).isFalse();
		});

		assertThat(employer.moveApplication(first, new StageChange().stage("REVIEWING")).getMoved()).isEqualTo(1);
		assertThat(employer.moveApplications(new BulkStageChange().ids(List.of(first, second)).stage("REJECTED"))
			.getMoved()).isEqualTo(2);
		assertThat(employer.listApplicants(hiring.job().getId())).extracting(ApplicantResponse::getStage)
			.containsOnly(ApplicantResponse.StageEnum.REJECTED);

		Problem badStage = problem(catchThrowableOfType(ApiException.class,
				() -> employer.moveApplication(first, new StageChange().stage("HIRED-ISH"))), 400);
		assertThat(badStage.getErrors()).anySatisfy(error -> assertThat(error.getParameter()).isEqualTo("stage"));
		Problem elsewhere = problem(
				catchThrowableOfType(ApiException.class, () -> employer.listApplicants(hiring.job().getId() + 100_000)),
				404);
		assertThat(elsewhere.getStatus()).isEqualTo(404);

		Problem outOfScope = problem(
				catchThrowableOfType(ApiException.class, () -> new CandidateApi(desk).listApplications()), 403);
		assertThat(outOfScope.getScope()).isEqualTo("applications");
	}

	@Test
	void anAdminsToolRegistersAnAppThatACandidateThenAuthorizesThroughTheClient() throws Exception {
		UserAccount admin = users.create("admin", Role.ADMIN);
		String tool = registerApp(admin, "Ops console", "admin:clients");
		AdminClientsApi clients = new AdminClientsApi(client(allowWithSecondFactor(admin, tool, "admin:clients")));

		Problem refused = problem(catchThrowableOfType(ApiException.class,
				() -> clients.registerClient(new ClientRequest().name("Pocket Jobs")
					.type(ClientRequest.TypeEnum.PUBLIC)
					.redirectUris(List.of("http://example.com/callback"))
					.scopes(List.of("saved")))),
				400);
		assertThat(refused.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getParameter()).isEqualTo("redirectUris"));

		RegisteredClient registered = clients.registerClient(new ClientRequest().name("Pocket Jobs")
			.type(ClientRequest.TypeEnum.PUBLIC)
			.redirectUris(List.of("http://127.0.0.1/callback"))
			.scopes(List.of("saved")));
		assertThat(registered.getClientSecret()).isNull();
		String clientId = registered.getClient().getClientId();
		assertThat(registered.getClient().getType()).isEqualTo(ClientResponse.TypeEnum.PUBLIC);
		assertThat(clients.listClients()).extracting(ClientResponse::getClientId).contains(clientId, tool);

		CandidateApi candidate = new CandidateApi(
				client(allowAsCandidate(users.create("pia", Role.CANDIDATE), clientId, "saved")));
		assertThat(candidate.listSavedJobs()).isEmpty();

		assertThat(clients
			.updateClient(clientId,
					new ClientRequest().name("Pocket Jobs for iOS")
						.redirectUris(List.of("http://127.0.0.1/callback"))
						.scopes(List.of("saved", "resumes")))
			.getName()).isEqualTo("Pocket Jobs for iOS");
		assertThat(candidate.listSavedJobs()).as("adding a scope keeps the grant").isEmpty();
		clients.deleteClient(clientId);
		problem(catchThrowableOfType(ApiException.class, candidate::listSavedJobs), 401);
		problem(catchThrowableOfType(ApiException.class, () -> clients.getClient(clientId)), 404);
	}

	/**
	 * An employer (a company owner) with a published job that takes applications here.
	 */
	private Hiring hiring(String title) {
		UserAccount owner = users.create("owner", Role.EMPLOYER);
		Company company = companies
			.save(new Company("Northwind Freight " + randomLetters(6), "https://example.com", null, Instant.now()));
		members.add(company.getId(), owner.getId(), MemberRole.OWNER);
		users.signIn(port, owner);
		Job job = jobs.publish(company.getId(), ApplicationFixtures.details(title, ApplyMethod.BACKBOARD, null));
		return new Hiring(owner, company, job);
	}

	private record Hiring(UserAccount owner, Company company, Job job) {

		long companyId() {
			return company.getId();
		}

	}

	/**
	 * An admin registers a public app on the admin page, as the README says, and reads
	 * its client id there.
	 */
	private String registerApp(String name, String scopes) {
		return registerApp(users.create("admin", Role.ADMIN), name, scopes);
	}

	private String registerApp(UserAccount admin, String name, String scopes) {
		users.signIn(port, admin);
		Page page = people.newPerson(port);
		people.signInWithSecondFactor(page, admin.getEmail(), Users.PASSWORD, users.currentCode(admin));
		page.navigate("/admin/apps");
		exactLabel(page, "Name").fill(name);
		page.getByLabel("Redirect URIs, one per line").fill("http://127.0.0.1/callback");
		assertThat(page.locator("input[name=type][value=public]")).isChecked();
		for (String scope : scopes.split(" ")) {
			page.locator("input[name=scopes][value='" + scope + "']").check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the app")).click();
		assertThat(page.locator("#new-app")).containsText("The app is registered");
		people.assertNoBrowserErrors();
		return page.locator("#new-app .client-id").innerText().strip();
	}

	/** The candidate follows the app's link, signs in, allows it: the app's tokens. */
	private AppFlows.Tokens allowAsCandidate(UserAccount candidate, String clientId, String scope) throws IOException {
		Page page = people.newPerson(port);
		return allow(page, clientId, scope, () -> {
			arriveAt(page, "**/login");
			exactLabel(page, "Email").fill(candidate.getEmail());
			exactLabel(page, "Password").fill(Users.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		});
	}

	/**
	 * A person who needs a second factor (a company owner, an admin), signed in with it,
	 * allows the app.
	 */
	private AppFlows.Tokens allowWithSecondFactor(UserAccount owner, String clientId, String scope) throws IOException {
		Page page = people.newPerson(port);
		people.signInWithSecondFactor(page, owner.getEmail(), Users.PASSWORD, users.currentCode(owner));
		return allow(page, clientId, scope, () -> {
		});
	}

	/**
	 * Steps 2 and 3 of the README: the authorization request with a PKCE challenge, the
	 * consent page, the redirect to the app's loopback listener, the code exchanged with
	 * the verifier.
	 */
	private AppFlows.Tokens allow(Page page, String clientId, String scope, Runnable signIn) throws IOException {
		AppFlows.Pkce pkce = AppFlows.Pkce.fresh();
		String state = randomLetters(16);
		try (AppFlows.Loopback app = AppFlows.Loopback.listen()) {
			page.navigate(AppFlows.authorizeUrl(clientId, app.redirectUri(), scope, state, pkce));
			signIn.run();
			arriveAt(page, Pattern.compile(".*/oauth2/consent\\?.*"));
			people.assertNoBrowserErrors();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow")).click();
			page.waitForURL(url -> url.startsWith(app.redirectUri()));
			// Before the listener stops, so that no late request of the page's fails on
			// it.
			page.close();
			assertThat(AppFlows.parameter(app.callback(), "state")).isEqualTo(state);
			var token = new AppFlows(port).exchange(clientId, AppFlows.parameter(app.callback(), "code"),
					pkce.verifier(), app.redirectUri());
			assertThat(token.status()).as(token.body()).isEqualTo(200);
			AppFlows.Tokens tokens = AppFlows.tokens(token);
			assertThat(tokens.scope().split(" ")).containsExactlyInAnyOrder(scope.split(" "));
			return tokens;
		}
	}

	/** A candidate applies through the client, answering nothing more than consent. */
	private long apply(Hiring hiring, UserAccount person, String clientId) throws Exception {
		CandidateApi candidate = new CandidateApi(client(allowAsCandidate(person, clientId, "applications")));
		return candidate.apply(new ApplicationRequest().job(hiring.job().getSlug()).consent(true), null).getId();
	}

	private static ApplicationRequest application(Hiring hiring, ResumeResponse resume, ApplicationFormResponse form,
			boolean consent) {
		return new ApplicationRequest().job(hiring.job().getSlug())
			.resumeId(resume.getId())
			.coverLetter("I run Go services on PostgreSQL.")
			.answers(Map.of(form.getQuestions().get(0).getField(), List.of("YES")))
			.consent(consent);
	}

	/**
	 * The generated client for an app holding these tokens, from an address of its own,
	 * refusing any field the description does not name.
	 */
	private ApiClient client(AppFlows.Tokens tokens) {
		String address = "198.19.14." + (1 + ADDRESSES.getAndIncrement() % 250);
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		client.setRequestInterceptor(
				request -> request.header("Authorization", tokens.bearer()).header("X-Forwarded-For", address));
		client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		return client;
	}

	/**
	 * The error as the description says it comes: an RFC 9457 problem, read with the
	 * generated model.
	 */
	private Problem problem(ApiException error, int status) throws IOException {
		assertThat(error).as("the call should have failed").isNotNull();
		assertThat(error.getCode()).as(error.getResponseBody()).isEqualTo(status);
		assertThat(error.getResponseHeaders().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		// Lenient here: a problem may carry members of its own (RFC 9457, section 3.2).
		Problem problem = new ApiClient().getObjectMapper().readValue(error.getResponseBody(), Problem.class);
		assertThat(problem.getStatus()).isEqualTo(status);
		return problem;
	}

}
