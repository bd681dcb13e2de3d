package dev.backboard.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.core.Actor;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.Authenticator;
import dev.backboard.support.BrowserPeople;
import dev.backboard.support.Links;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
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
 * The journey that decides whether employers can use Backboard: sign up, confirm the
 * address from the mail, set up the company and a second factor, post a job, have a
 * moderator approve it, and find it in search, each person in a browser of their own. The
 * browser console must stay free of errors (a script blocked by the content security
 * policy shows up there).
 */
// The lifecycle context: the job this journey publishes must not change what the shared
// sample searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class EmployerJourneyBrowserTests {

	// TEST-NET addresses of this class's own, so that rate limits never meet another
	// test's.
	@RegisterExtension
	static final BrowserPeople people = BrowserPeople.from("203.0.113.");

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@Autowired
	Authenticator authenticator;

	@Autowired
	Companies companies;

	@Autowired
	JobService jobs;

	@Test
	void anEmployerSignsUpPostsAJobAndOnceAModeratorApprovesItCandidatesFindItInSearch() throws IOException {
		String email = Users.freshEmail("journey-employer");
		String password = "plum lantern " + randomLetters(8) + " orbit";
		String word = "Quill" + randomLetters(7);
		String title = "Senior Java Engineer, " + word + " Payments";
		String companyName = "Journey Works " + randomLetters(6);

		Page employer = people.newPerson(port);
		signUpAsEmployer(employer, email, password);
		confirmAddressFromTheMail(employer, email);
		signIn(employer, email, password);
		createCompany(employer, companyName);
		enrollSecondFactor(employer);
		postJob(employer, title, companyName);

		Page moderator = people.newPerson(port);
		approveAsModerator(moderator, title);

		Page candidate = people.newPerson(port);
		findInSearch(candidate, word, title, companyName);
	}

	@Test
	void theDashboardAndTheJobFormFitAPhoneScreen() {
		UserAccount owner = users.create("Priya", Role.EMPLOYER);
		Company company = companies.create(owner.getId(), new CompanyForm("Phone Works " + randomLetters(6),
				"https://phone.example", "We build **small screens**.", "MICRO", "Ghent, Belgium"), null);
		jobs.createDraft(company.getId(),
				SampleJobs
					.job("Principal Distributed Systems Engineer, Observability and Reliability Platform",
							"Tracing at scale.", WorkplaceType.REMOTE, List.of(), Seniority.PRINCIPAL, null, List.of())
					.build(),
				Actor.person(owner.getId(), "Priya"));
		users.signIn(port, owner);
		Page page = people.newPerson(port);
		page.setViewportSize(375, 812);
		people.signInWithSecondFactor(page, owner.getEmail(), Users.PASSWORD, users.currentCode(owner));

		page.navigate("/employer");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(company.getName());
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Principal Distributed Systems")))
			.isVisible();
		screenshot(page, "employer-dashboard-phone");
		assertFitsTheScreen(page, 375);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Post a job")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Post a job"))).isVisible();
		exactLabel(page, "Description").fill("## Small screens\n\nA **wide** table would scroll sideways.");
		assertThat(page.locator("#description-preview h2")).hasText("Small screens");
		screenshot(page, "employer-job-form-phone");
		assertFitsTheScreen(page, 375);
		people.assertNoBrowserErrors();
	}

	private void signUpAsEmployer(Page page, String email, String password) {
		page.navigate("/signup");
		page.getByLabel("I'm hiring").check();
		page.getByLabel("Your name").fill("Erin Employer");
		exactLabel(page, "Email").fill(email);
		exactLabel(page, "Password").fill(password);
		screenshot(page, "journey-01-signup");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();

		assertThat(heading(page, "Check your inbox")).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(email);
		people.assertNoBrowserErrors();
	}

	private void confirmAddressFromTheMail(Page page, String email) {
		Mailbox.Received mail = mailbox.waitFor(email, 1);
		assertThat(mail.subject()).containsIgnoringCase("confirm");
		page.navigate(Links.path(mail.link("/verify-email")));
		assertThat(heading(page, "Confirm your email address")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my address")).click();

		assertThat(heading(page, "Address confirmed")).isVisible();
		screenshot(page, "journey-02-address-confirmed");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your account")).click();
		people.assertNoBrowserErrors();
	}

	private void signIn(Page page, String email, String password) {
		arriveAt(page, "**/login");
		exactLabel(page, "Email").fill(email);
		exactLabel(page, "Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		arriveAt(page, Pattern.compile(".*/account(\\?.*)?$"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
		people.assertNoBrowserErrors();
	}

	private void createCompany(Page page, String companyName) throws IOException {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).click();

		arriveAt(page, "**/employer/company/new");
		assertThat(heading(page, "Set up your company")).isVisible();
		page.getByLabel("Company name").fill(companyName);
		page.getByLabel("Website").fill("https://journey.example");
		page.getByLabel("Logo").setInputFiles(new FilePayload("logo.png", "image/png", png()));
		page.getByLabel("About the company").fill("We move **money** between banks.");
		page.getByLabel("Size").selectOption("SMALL");
		page.getByLabel("Headquarters").fill("Ghent, Belgium");
		screenshot(page, "journey-03-company");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the company")).click();

		// An owner's role requires a second factor: the company page waits behind it.
		arriveAt(page, Pattern.compile(".*/account/2fa\\?required$"));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("requires two-factor authentication");
		people.assertNoBrowserErrors();
	}

	private void enrollSecondFactor(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up an authenticator app")).click();
		assertThat(
				page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for your authenticator app")))
			.isVisible();
		String secret = page.locator("#totp-secret").textContent().strip();
		screenshot(page, "journey-04-two-factor");
		page.getByLabel("Code from your app").fill(code(secret));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-factor authentication"))
			.click();

		assertThat(heading(page, "Two-factor authentication is on")).isVisible();
		assertThat(page.locator(".recovery-codes li")).hasCount(10);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have saved them")).click();
		arriveAt(page, Pattern.compile(".*/account(\\?.*)?$"));
		people.assertNoBrowserErrors();
	}

	private void postJob(Page page, String title, String companyName) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(companyName);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Post a job")).click();
		assertThat(heading(page, "Post a job")).isVisible();

		exactLabel(page, "Title").fill(title);
		writeDescriptionWatchingThePreview(page);
		page.getByLabel("Workplace", new Page.GetByLabelOptions().setExact(true)).selectOption("REMOTE");
		page.getByLabel("Remote: countries applicants may live in").fill("DE, NL, BE");
		page.getByLabel("Remote: westernmost time zone (hours from UTC)").fill("-1");
		page.getByLabel("Remote: easternmost time zone (hours from UTC)").fill("3");
		page.getByLabel("Employment").selectOption("FULL_TIME");
		page.getByLabel("Seniority").selectOption("SENIOR");
		page.getByLabel("Salary from").fill("80000");
		page.getByLabel("Salary up to").fill("100000");
		page.getByLabel("Currency").fill("EUR");
		page.getByLabel("Paid per").selectOption("YEAR");
		page.getByLabel("Must-have skills").fill("Java, PostgreSQL");
		page.getByLabel("Nice-to-have skills").fill("Kafka");
		page.getByLabel("Apply at (URL)").fill("https://journey.example/apply");
		screenshot(page, "journey-05-job-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();

		arriveAt(page, "**/employer");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("it is in review");
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(title));
		assertThat(row.locator(".status")).hasText("In review");
		screenshot(page, "journey-06-dashboard-in-review");
		people.assertNoBrowserErrors();
	}

	/**
	 * The preview is fetched by htmx as the employer types: the rendered Markdown appears
	 * while the page (and its form) stays the same document.
	 */
	private void writeDescriptionWatchingThePreview(Page page) {
		Locator preview = page.locator("#description-preview");
		page.evaluate("window.__sameDocument = true");
		exactLabel(page, "Description")
			.fill("## What you will do\n\nBuild **payment** services in Java on PostgreSQL.\n\n"
					+ "- Own services end to end\n- Review code with the team");

		assertThat(preview.locator("h2")).hasText("What you will do");
		assertThat(preview.locator("strong")).hasText("payment");
		assertThat(preview.locator("li")).hasCount(2);

		exactLabel(page, "Description").press("End");
		exactLabel(page, "Description").pressSequentially("\n- Ship *weekly*");
		assertThat(preview.locator("li")).hasCount(3);
		assertThat(preview.locator("em")).hasText("weekly");
		assertThat(page.evaluate("window.__sameDocument === true")).as("the preview did not reload the page")
			.isEqualTo(true);
	}

	private void approveAsModerator(Page page, String title) {
		UserAccount moderator = users.create("Mo", Role.MODERATOR);
		// Enrolls the moderator's authenticator once; the browser then enters its codes.
		users.signIn(port, moderator);
		people.signInWithSecondFactor(page, moderator.getEmail(), Users.PASSWORD, users.currentCode(moderator));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moderation")).click();
		assertThat(heading(page, "Moderation")).isVisible();
		Locator job = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title));
		Locator nextPage = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Queue pages"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next"));
		// Other tests leave jobs in the queue too, oldest first: page on until it shows.
		while (job.count() == 0 && nextPage.count() > 0) {
			nextPage.click();
			page.waitForLoadState();
		}
		screenshot(page, "journey-07-moderation-queue");
		job.click();

		assertThat(heading(page, title)).isVisible();
		assertThat(page.locator(".notice .status")).hasText("In review");
		assertThat(page.locator(".description strong")).hasText("payment");
		screenshot(page, "journey-08-moderation-preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();

		arriveAt(page, "**/moderation");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Approved \"" + title + "\": it is live.");
		people.assertNoBrowserErrors();
	}

	private void findInSearch(Page page, String word, String title, String companyName) {
		page.navigate("/jobs?q=" + word.toLowerCase());
		Locator card = page.locator(".job-card", new Page.LocatorOptions().setHasText(title));
		assertThat(card).hasCount(1);
		assertThat(card.locator(".company")).hasText(companyName);
		assertThat(card.locator(".badge.remote")).isVisible();
		screenshot(page, "journey-09-search");

		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
		assertThat(page.locator(".job-head .company a", new Page.LocatorOptions().setHasText(companyName)))
			.hasAttribute("href", "https://journey.example");
		assertThat(page.locator(".job-skills")).containsText("Java");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apply on the company's site")))
			.hasAttribute("href", java.util.regex.Pattern.compile("^/jobs/[^/]+/apply-out$"));
		screenshot(page, "journey-10-job-page");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("About the company")).click();
		arriveAt(page, Pattern.compile(".*/companies/[^/]+$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(companyName);
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(companyName + " logo")))
			.isVisible();
		assertThat(
				page.locator(".company-jobs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
			.isVisible();
		assertThat(page.locator(".description.about strong")).hasText("money");
		screenshot(page, "journey-11-company-page");
		people.assertNoBrowserErrors();
	}

	private static void assertFitsTheScreen(Page page, int width) {
		assertThat(page.evaluate("document.documentElement.scrollWidth"))
			.as("no horizontal scrolling on %s", page.url())
			.isEqualTo(width);
	}

	private String code(String secret) {
		return authenticator.code(secret);
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(4, 4, 0x3366cc);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
