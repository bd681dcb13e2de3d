package dev.backboard.billing;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.support.BrowserPeople;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.backboard.support.BrowserPeople.arriveAt;
import static dev.backboard.support.BrowserPeople.exactLabel;
import static dev.backboard.support.BrowserPeople.heading;
import static dev.backboard.support.BrowserPeople.randomLetters;
import static dev.backboard.support.BrowserPeople.screenshot;

/**
 * An employer posts a job, pays on the stand-in's checkout page (which sends Stripe's
 * signed event to the webhook), comes back, and the job is live; the billing page links
 * the receipt. A second payment whose webhook is late shows the waiting page until the
 * event arrives.
 */
@PaidBoard
class PaymentJourneyBrowserTests {

	static final Pattern RETURN_PAGE = Pattern.compile(".*/employer/billing/return\\?session_id=cs_test_\\w+$");

	@RegisterExtension
	static final BrowserPeople people = BrowserPeople.from("192.0.2.");

	static final StripeStandIn stripe = StripeStandIn.shared();

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void connect() {
		clock.reset();
		stripe.connect(port, clock::instant);
	}

	@Test
	void anEmployerPaysForAJobAtCheckoutAndItGoesLive() {
		Page page = employerSignedIn("Checkout Works " + randomLetters(6));
		String title = "Senior Kotlin Engineer, " + randomLetters(7) + " Billing";

		postJob(page, title, "## What you will do\n\nBuild **payment** services on PostgreSQL.", "Kotlin, PostgreSQL");
		assertThat(heading(page, "Pay for “" + title + "”")).isVisible();
		page.getByLabel("60-day listing: live for 60 days, 149.00 USD").check();
		screenshot(page, "payment-01-choose-listing");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay with Stripe")).click();

		arriveAt(page, Pattern.compile(Pattern.quote(stripe.baseUrl()) + "/checkout/cs_test_.*"));
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Pay 14900 usd");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();

		arriveAt(page, RETURN_PAGE);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Payment confirmed: 149.00 USD");
		assertThat(page.locator(".job-status")).hasText("published");
		screenshot(page, "payment-02-confirmed");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Billing").setExact(true)).first().click();
		Locator receipt = page.locator("a.receipt");
		assertThat(receipt).hasAttribute("href", Pattern.compile("/receipts/ch_test_\\w+$"));
		org.assertj.core.api.Assertions.assertThat(receipt.getAttribute("href")).startsWith(stripe.baseUrl());
		assertThat(page.locator("table.orders")).containsText(title);
		screenshot(page, "payment-03-billing");

		page.navigate("/jobs?q=" + title.split(" ")[3]);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
		people.assertNoBrowserErrors();
	}

	@Test
	void theReturnPageWaitsForTheWebhookAndUpdatesItself() {
		Page page = employerSignedIn("Waiting Works " + randomLetters(6));
		String title = "Staff Go Engineer, " + randomLetters(7) + " Ledger";
		postJob(page, title, "Ledgers in Go.", "Go");
		stripe.deliverOnPay(false);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay with Stripe")).click();
		arriveAt(page, Pattern.compile(Pattern.quote(stripe.baseUrl()) + "/checkout/cs_test_.*"));
		String sessionId = page.url().substring(page.url().lastIndexOf('/') + 1);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();

		arriveAt(page, RETURN_PAGE);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Waiting for payment confirmation");
		screenshot(page, "payment-04-waiting");
		stripe.deliver(stripe.completed(stripe.session(sessionId)));

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Payment confirmed",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(page.locator(".job-status")).hasText("published");
		people.assertNoBrowserErrors();
	}

	/** Writes and submits a remote job: payment is due, so the checkout page follows. */
	private static void postJob(Page page, String title, String description, String skills) {
		page.navigate("/employer/jobs/new");
		exactLabel(page, "Title").fill(title);
		exactLabel(page, "Description").fill(description);
		page.getByLabel("Workplace", new Page.GetByLabelOptions().setExact(true)).selectOption("REMOTE");
		page.getByLabel("Seniority").selectOption("SENIOR");
		page.getByLabel("Must-have skills").fill(skills);
		page.getByLabel("Apply at (URL)").fill("https://pay.example/apply");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
		arriveAt(page, "**/checkout");
	}

	private Page employerSignedIn(String companyName) {
		UserAccount owner = users.create("Payer", Role.EMPLOYER);
		Company company = companies.create(owner.getId(),
				new CompanyForm(companyName, "https://pay.example", "We pay for listings.", null, null), null);
		users.signIn(port, owner);
		Page page = people.newPerson(port);
		people.signInWithSecondFactor(page, owner.getEmail(), Users.PASSWORD, users.currentCode(owner));
		page.navigate("/employer");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(company.getName());
		return page;
	}

}
