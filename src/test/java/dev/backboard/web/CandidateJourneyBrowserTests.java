package dev.backboard.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.applications.ApplicationsProperties;
import dev.backboard.applications.QuestionInput;
import dev.backboard.applications.QuestionKind;
import dev.backboard.applications.ScreeningQuestions;
import dev.backboard.candidates.SampleDocuments;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.companies.MemberRole;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.BrowserPeople;
import dev.backboard.support.Links;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.backboard.support.BrowserPeople.arriveAt;
import static dev.backboard.support.BrowserPeople.exactLabel;
import static dev.backboard.support.BrowserPeople.heading;
import static dev.backboard.support.BrowserPeople.randomLetters;
import static dev.backboard.support.BrowserPeople.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey that decides whether candidates can use Backboard: sign up, confirm the
 * address, fill the profile, upload a résumé, apply with screening answers, and see the
 * employer's decision, with the employer moving the application on in a browser of their
 * own; and the alert journey, from a saved search to the mail's one-click unsubscribe.
 * The browser console must stay free of errors (a script or style blocked by the content
 * security policy shows up there).
 */
// The lifecycle context: the job this journey publishes must not change what the shared
// sample searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class CandidateJourneyBrowserTests {

	private static final String EU_QUESTION = "Can you work in the EU?";

	private static final String FREE_QUESTION = "Which system would you like to build first?";

	private static final String NOTICE_QUESTION = "Notice period";

	// TEST-NET addresses of this class's own, so that rate limits never meet another
	// test's.
	@RegisterExtension
	static final BrowserPeople people = BrowserPeople.from("192.0.2.");

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Mailbox mailbox;

	@Autowired
	CompanyRepository companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	JobService jobs;

	@Autowired
	ScreeningQuestions questions;

	@Autowired
	ApplicationsProperties applications;

	@Test
	void aCandidateAppliesWithScreeningAnswersAndSeesTheEmployerInviteThemToAnInterview() {
		String suffix = randomLetters(6);
		UserAccount owner = users.create("Olga", Role.EMPLOYER);
		Company company = companies
			.save(new Company("Journey Ledger " + suffix, "https://ledger.example", null, Instant.now()));
		members.add(company.getId(), owner.getId(), MemberRole.OWNER);
		Job job = jobs.publish(company.getId(), backboardJob("Senior Go Engineer, Ledger " + suffix));
		questions.add(company.getId(), job.getId(),
				new QuestionInput(QuestionKind.YES_NO.name(), EU_QUESTION, "", true, "NO", "", ""));
		questions.add(company.getId(), job.getId(),
				new QuestionInput(QuestionKind.FREE_TEXT.name(), FREE_QUESTION, "", false, "", "", ""));
		questions.add(company.getId(), job.getId(), new QuestionInput(QuestionKind.SINGLE_CHOICE.name(),
				NOTICE_QUESTION, "None\nOne month\nThree months", false, "", "", ""));
		// Enrolls the owner's authenticator once; the browser then enters its codes.
		users.signIn(port, owner);

		String email = Users.freshEmail("journey-candidate");
		String password = "velvet harbour " + randomLetters(8) + " kite";
		String name = "Cora Candidate " + suffix;
		Page candidate = people.newPerson(port);
		signUpAsCandidate(candidate, name, email, password);
		confirmAddressFromTheMail(candidate, email);
		signIn(candidate, email, password);
		fillProfile(candidate);
		uploadResume(candidate);
		apply(candidate, job, company);
		assertThat(applicationStatus(candidate, job)).hasText("Submitted");

		Page employer = people.newPerson(port);
		people.signInWithSecondFactor(employer, owner.getEmail(), Users.PASSWORD, users.currentCode(owner));
		moveToInterview(employer, job, name);

		candidate.navigate("/candidate/applications");
		assertThat(applicationStatus(candidate, job)).hasText("Interviewing");
		screenshot(candidate, "candidate-journey-09-interviewing");
		Mailbox.Received mail = mailbox.waitForSubject(email, "Interviewing");
		assertThat(mail.text()).contains(job.getTitle());
		people.assertNoBrowserErrors();
	}

	/**
	 * A candidate saves a search for remote Go jobs as an instant alert from its results,
	 * an employer publishes a matching job, the alert arrives by mail with the job's
	 * link, and the mail's one-click unsubscribe stops the alert.
	 */
	@Test
	void aCandidateSavesRemoteGoJobsAsAnInstantAlertGetsTheNewJobAndUnsubscribesInOneClick() throws Exception {
		UserAccount candidate = users.create("Gopher", Role.CANDIDATE);
		Page page = people.newPerson(port);
		page.navigate("/login");
		signIn(page, candidate.getEmail(), Users.PASSWORD);

		page.navigate("/jobs?q=golang&workplace=REMOTE");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get new jobs for this search by email"))
			.click();
		assertThat(heading(page, "Save this search")).isVisible();
		exactLabel(page, "Name").fill("Remote Go");
		page.getByLabel("Mail me").selectOption("INSTANT");
		screenshot(page, "alert-journey-01-save");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save alert")).click();
		assertThat(heading(page, "Your job alerts")).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your alert is saved.");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remote Go"))).isVisible();
		screenshot(page, "alert-journey-02-alerts");
		people.assertNoBrowserErrors();

		Company company = companies
			.save(new Company("Alert Journey " + randomLetters(6), "https://journey.example", null, Instant.now()));
		Job job = jobs.publish(company.getId(), SampleJobs
			.job("Go Engineer, Settlements " + randomLetters(6), "Golang services for settlements, fully remote.",
					WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null, List.of(new JobSkill("go", true)))
			.build());

		Mailbox.Received alert = mailbox.waitForSubject(candidate.getEmail(), job.getTitle());
		page.navigate(Links.path(alert.link("/jobs/" + job.getSlug())));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(job.getTitle());

		String header = alert.message().getHeader("List-Unsubscribe", null);
		assertThat(alert.message().getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		URI unsubscribe = URI.create("http://localhost:" + port + Links.path(header.substring(1, header.length() - 1)));
		HttpResponse<String> oneClick = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(unsubscribe)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(oneClick.statusCode()).isEqualTo(200);

		page.navigate(Links.path(alert.link("/alerts/")));
		assertThat(heading(page, "Your job alerts")).isVisible();
		assertThat(page.getByText("No active alerts")).isVisible();
		screenshot(page, "alert-journey-03-unsubscribed");
		people.assertNoBrowserErrors();
	}

	private void signUpAsCandidate(Page page, String name, String email, String password) {
		page.navigate("/signup");
		page.getByLabel("I'm looking for a job").check();
		page.getByLabel("Your name").fill(name);
		exactLabel(page, "Email").fill(email);
		exactLabel(page, "Password").fill(password);
		screenshot(page, "candidate-journey-01-signup");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();

		assertThat(heading(page, "Check your inbox")).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(email);
		people.assertNoBrowserErrors();
	}

	private void confirmAddressFromTheMail(Page page, String email) {
		Mailbox.Received mail = mailbox.waitFor(email, 1);
		page.navigate(Links.path(mail.link("/verify-email")));
		assertThat(heading(page, "Confirm your email address")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my address")).click();

		assertThat(heading(page, "Address confirmed")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your account")).click();
		people.assertNoBrowserErrors();
	}

	private void signIn(Page page, String email, String password) {
		arriveAt(page, "**/login");
		exactLabel(page, "Email").fill(email);
		exactLabel(page, "Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		arriveAt(page, Pattern.compile(".*/account(\\?.*)?$"));
		people.assertNoBrowserErrors();
	}

	private void fillProfile(Page page) {
		page.navigate("/candidate/profile");
		assertThat(heading(page, "Your candidate profile")).isVisible();
		exactLabel(page, "Headline").fill("Backend engineer, ledgers in Go");
		exactLabel(page, "Summary").fill("Eight years of **payment** systems.\n\n- Go\n- PostgreSQL");
		exactLabel(page, "Skills").fill("Go, PostgreSQL, Docker");
		page.getByLabel("Years of experience").fill("8");
		page.getByLabel("Seniority").selectOption("SENIOR");
		page.getByLabel("City").fill("Utrecht");
		page.getByLabel("Country code").fill("NL");
		page.getByLabel("GitHub").fill("https://github.com/cora-candidate");
		page.getByLabel("Personal site").fill("https://cora.example");
		screenshot(page, "candidate-journey-02-profile");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your profile was saved.");
		assertThat(exactLabel(page, "Headline")).hasValue("Backend engineer, ledgers in Go");
		assertThat(page.locator(".summary-preview strong")).hasText("payment");
		people.assertNoBrowserErrors();
	}

	private void uploadResume(Page page) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your résumés")).click();
		assertThat(heading(page, "Your résumés")).isVisible();
		page.getByLabel("Upload a résumé")
			.setInputFiles(new FilePayload("cora-cv.pdf", "application/pdf",
					SampleDocuments.pdf("Cora Candidate, backend engineer: Go and PostgreSQL")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
		assertThat(page.locator(".resumes").getByRole(AriaRole.LINK)).hasText("cora-cv.pdf");
		screenshot(page, "candidate-journey-03-resumes");
		people.assertNoBrowserErrors();
	}

	private void apply(Page page, Job job, Company company) {
		page.navigate("/jobs/" + job.getSlug());
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(job.getTitle());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apply on Backboard")).click();

		arriveAt(page, "**/jobs/" + job.getSlug() + "/apply");
		assertThat(heading(page, "Apply: " + job.getTitle())).isVisible();
		assertThat(page.getByLabel("Your name")).hasValue(Pattern.compile("^Cora Candidate "));
		assertThat(exactLabel(page, "Headline")).hasValue("Backend engineer, ledgers in Go");
		page.getByLabel("cora-cv.pdf").check();

		Locator eu = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(EU_QUESTION));
		assertThat(eu.locator(".required")).hasText("(required)");
		eu.getByLabel("Yes").check();
		page.getByLabel(FREE_QUESTION).fill("A reconciliation service that never loses a cent.");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(NOTICE_QUESTION))
			.getByLabel("One month")
			.check();
		page.getByLabel("Cover letter (optional)").fill("I have built ledgers before.\n\nI would like to again.");

		Locator consent = page.locator("#consent-text");
		assertThat(consent).containsText(company.getName());
		assertThat(consent).containsText(applications.retentionDays() + " days after the job closes");
		page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^I agree that ")))
			.check();
		screenshot(page, "candidate-journey-04-apply");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send application")).click();

		arriveAt(page, Pattern.compile(".*/candidate/applications\\?submitted=\\d+$"));
		assertThat(heading(page, "My applications")).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your application was sent.");
		screenshot(page, "candidate-journey-05-my-applications");
		people.assertNoBrowserErrors();
	}

	private void moveToInterview(Page page, Job job, String name) {
		page.navigate("/employer/jobs/" + job.getId() + "/applicants");
		assertThat(heading(page, "Applicants: " + job.getTitle())).isVisible();
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
		assertThat(row).hasCount(1);
		assertThat(row.locator(".score")).hasText(Pattern.compile("^[1-9]\\d*%$"));
		assertThat(row.locator(".matched")).containsText("Go");
		assertThat(row.locator(".knockout")).hasText("Passed");
		assertThat(row.locator(".stage")).hasText("New");
		screenshot(page, "candidate-journey-06-applicants");
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		screenshot(page, "candidate-journey-07-application");
		Locator answers = page.locator(".answers");
		assertThat(answer(answers, EU_QUESTION)).containsText("Yes");
		assertThat(answer(answers, FREE_QUESTION)).containsText("never loses a cent");
		assertThat(answer(answers, NOTICE_QUESTION)).containsText("One month");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the résumé")))
			.isVisible();
		page.getByLabel("Move to").selectOption("INTERVIEW");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move").setExact(true)).click();

		assertThat(page.locator(".facts .stage")).hasText("Interview");
		assertThat(page.locator(".history")).containsText("moved it from New to Interview");
		screenshot(page, "candidate-journey-08-moved-to-interview");
		people.assertNoBrowserErrors();
	}

	private static Locator answer(Locator answers, String label) {
		// Playwright hands patterns to JavaScript, which knows no \Q...\E quoting:
		// match the
		// question's text exactly instead.
		return answers.locator(".answer")
			.filter(new Locator.FilterOptions()
				.setHas(answers.page().getByText(label, new Page.GetByTextOptions().setExact(true))))
			.locator("dd");
	}

	private static Locator applicationStatus(Page page, Job job) {
		return page.locator(".application", new Page.LocatorOptions().setHasText(job.getTitle())).locator(".status");
	}

	/**
	 * A published job that takes applications on Backboard and asks for Go and
	 * PostgreSQL.
	 */
	private static JobDetails backboardJob(String title) {
		JobDetails base = SampleJobs
			.job(title, "Ledger services in Go on PostgreSQL.", WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null,
					List.of(new JobSkill("go", true), new JobSkill("postgresql", true), new JobSkill("kafka", false)))
			.build();
		return new JobDetails(base.title(), base.descriptionMarkdown(), base.locations(), base.workplaceType(),
				base.remoteCountries(), base.timezoneMin(), base.timezoneMax(), base.employmentType(), base.seniority(),
				base.salary(), base.visaSponsorship(), base.relocation(), base.skills(), null, null,
				ApplyMethod.BACKBOARD);
	}

}
