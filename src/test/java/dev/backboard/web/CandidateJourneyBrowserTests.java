package dev.backboard.web;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
import dev.backboard.support.Browsers;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey that decides whether candidates can use Backboard: sign up, confirm the
 * address, fill the profile, upload a résumé, apply with screening answers, and see the
 * employer's decision, with the employer moving the application on in a browser of their
 * own. The browser console must stay free of errors (a script or style blocked by the
 * content security policy shows up there).
 */
// The lifecycle context: the job this journey publishes must not change what the shared
// sample searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class CandidateJourneyBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final String EU_QUESTION = "Can you work in the EU?";

	private static final String FREE_QUESTION = "Which system would you like to build first?";

	private static final String NOTICE_QUESTION = "Notice period";

	static Playwright playwright;

	static Browser browser;

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

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> browserErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launch() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
	}

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
		Page candidate = personInOwnBrowser();
		signUpAsCandidate(candidate, name, email, password);
		confirmAddressFromTheMail(candidate, email);
		signIn(candidate, email, password);
		fillProfile(candidate);
		uploadResume(candidate);
		apply(candidate, job, company);
		assertThat(applicationStatus(candidate, job)).hasText("Submitted");

		Page employer = personInOwnBrowser();
		signInWithSecondFactor(employer, owner.getEmail(), users.currentCode(owner));
		moveToInterview(employer, job, name);

		candidate.navigate(url("/candidate/applications"));
		assertThat(applicationStatus(candidate, job)).hasText("Interviewing");
		screenshot(candidate, "candidate-journey-09-interviewing");
		Mailbox.Received mail = mailbox.waitForSubject(email, "Interviewing");
		assertThat(mail.text()).contains(job.getTitle());
		assertNoBrowserErrors();
	}

	private void signUpAsCandidate(Page page, String name, String email, String password) {
		page.navigate(url("/signup"));
		page.getByLabel("I'm looking for a job").check();
		page.getByLabel("Your name").fill(name);
		exactLabel(page, "Email").fill(email);
		exactLabel(page, "Password").fill(password);
		screenshot(page, "candidate-journey-01-signup");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();

		assertThat(heading(page, "Check your inbox")).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(email);
		assertNoBrowserErrors();
	}

	private void confirmAddressFromTheMail(Page page, String email) {
		Mailbox.Received mail = mailbox.waitFor(email, 1);
		page.navigate(url(pathOf(mail.link("/verify-email"))));
		assertThat(heading(page, "Confirm your email address")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my address")).click();

		assertThat(heading(page, "Address confirmed")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your account")).click();
		assertNoBrowserErrors();
	}

	private void signIn(Page page, String email, String password) {
		arriveAt(page, "**/login");
		exactLabel(page, "Email").fill(email);
		exactLabel(page, "Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		arriveAt(page, Pattern.compile(".*/account(\\?.*)?$"));
		assertNoBrowserErrors();
	}

	private void fillProfile(Page page) {
		page.navigate(url("/candidate/profile"));
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
		assertNoBrowserErrors();
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
		assertNoBrowserErrors();
	}

	private void apply(Page page, Job job, Company company) {
		page.navigate(url("/jobs/" + job.getSlug()));
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
		assertNoBrowserErrors();
	}

	private void moveToInterview(Page page, Job job, String name) {
		page.navigate(url("/employer/jobs/" + job.getId() + "/applicants"));
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
		assertNoBrowserErrors();
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

	private void signInWithSecondFactor(Page page, String email, String code) {
		page.navigate(url("/login"));
		exactLabel(page, "Email").fill(email);
		exactLabel(page, "Password").fill(Users.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		arriveAt(page, "**/login/2fa");
		assertThat(heading(page, "Enter your code")).isVisible();
		page.getByLabel("Code").fill(code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
		arriveAt(page, Pattern.compile(".*/account(\\?.*)?$"));
		assertNoBrowserErrors();
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

	/**
	 * A browser of its own (cookies, session) for one person, coming from an address of
	 * its own so that rate limits per address never meet another test's, with its console
	 * watched for errors and policy violations.
	 */
	private Page personInOwnBrowser() {
		// TEST-NET-1: the employer journey takes addresses from TEST-NET-3.
		String address = "192.0.2." + (1 + ADDRESSES.getAndIncrement() % 250);
		BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setExtraHTTPHeaders(Map.of("X-Forwarded-For", address)));
		context.addInitScript("document.addEventListener('securitypolicyviolation', event => console.error("
				+ "'Content security policy violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI))");
		contexts.add(context);
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				browserErrors.add(message.type() + " on " + page.url() + ": " + message.text());
			}
		});
		page.onPageError(error -> browserErrors.add("uncaught on " + page.url() + ": " + error));
		return page;
	}

	private static void arriveAt(Page page, String glob) {
		arriveAt(page, Pattern.compile(".*" + Pattern.quote(glob.substring(2)) + "$"));
	}

	/**
	 * Waits for the page to arrive at the URL; if it does not, says where it is and what
	 * it shows instead of a bare timeout.
	 */
	private static void arriveAt(Page page, Pattern url) {
		try {
			page.waitForURL(url, new Page.WaitForURLOptions().setTimeout(10_000));
		}
		catch (com.microsoft.playwright.TimeoutError ex) {
			throw new AssertionError("Expected to arrive at " + url + " but the page is " + page.url() + " showing: "
					+ page.locator("main").innerText(), ex);
		}
	}

	private void assertNoBrowserErrors() {
		assertThat(browserErrors).as("browser console errors and policy violations").isEmpty();
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
	}

	private static Locator exactLabel(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * The path and query of a link from a mail, to follow it on the test server's port.
	 */
	private static String pathOf(String link) {
		URI uri = URI.create(link);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private static String randomLetters(int count) {
		SecureRandom random = new SecureRandom();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

}
