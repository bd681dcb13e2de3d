package dev.backboard.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.BrowserPeople;
import dev.backboard.support.SearchIndexSync;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.backboard.imports.AtsStandIn.greenhouseJob;
import static dev.backboard.support.BrowserPeople.arriveAt;
import static dev.backboard.support.BrowserPeople.exactLabel;
import static dev.backboard.support.BrowserPeople.randomLetters;
import static dev.backboard.support.BrowserPeople.screenshot;

/**
 * An owner connects the company's Greenhouse board in the browser, the sync publishes its
 * jobs and they are found on /jobs; the job is removed at the source, a sync started from
 * the page closes it, and the search no longer finds it.
 */
@ImportBoard
class ImportBrowserTests {

	@RegisterExtension
	static final BrowserPeople people = BrowserPeople.from("198.18.7.");

	static final AtsStandIn ats = AtsStandIn.shared();

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void anOwnerConnectsGreenhouseAndTheJobsComeAndGoWithTheSource() {
		String token = "journey" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String word = "Quillwort" + randomLetters(5);
		String kept = "Senior Go Engineer " + word;
		String dropped = "Platform Engineer " + word;
		List<Map<String, Object>> jobs = new ArrayList<>(List.of(
				greenhouseJob(901, kept, "<p>Services in Go on PostgreSQL.</p>", "Berlin, Germany", 8_000_000L,
						9_000_000L, "EUR"),
				greenhouseJob(902, dropped, "<p>Kubernetes and Terraform.</p>", "Remote", null, null, null)));
		ats.greenhouse(token, jobs);
		Page page = ownerSignedIn("Journey Imports " + randomLetters(6));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Imports").setExact(true)).first().click();
		arriveAt(page, "**/employer/imports");
		page.getByLabel("Source", new Page.GetByLabelOptions().setExact(true)).selectOption("GREENHOUSE");
		exactLabel(page, "Board token, site name, job board name or feed URL").fill(token);
		screenshot(page, "imports-01-connect");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect and sync")).click();

		arriveAt(page, java.util.regex.Pattern.compile(".*/employer/imports/\\d+\\?notice=created$"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("first sync has started");
		reloadUntil(page, "table.imported-jobs", dropped);
		// The run is written once the sync is over, after its jobs.
		reloadUntil(page, "table.import-runs", "Succeeded");
		screenshot(page, "imports-02-synced");
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
		String sourcePage = page.url();

		page.navigate("/jobs?q=" + word);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(kept))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(dropped))).isVisible();

		ats.greenhouse(token, List.of(jobs.get(0)));
		page.navigate(sourcePage);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("A sync has started");
		reloadUntil(page, "table.imported-jobs", "no longer listed at the source");
		reloadUntil(page, "table.import-runs tbody tr:nth-child(2)", "Succeeded");
		assertThat(page.locator("table.import-runs tbody tr").first()).containsText("Succeeded");
		assertThat(page.locator("table.import-runs tbody tr").first().locator("td").nth(5)).hasText("1");
		screenshot(page, "imports-03-closed");
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);

		page.navigate("/jobs?q=" + word);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(kept))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(dropped))).hasCount(0);
		people.assertNoBrowserErrors();
	}

	/**
	 * The sync runs in the background: the page is reloaded until it shows the result.
	 */
	private static void reloadUntil(Page page, String selector, String text) {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (page.locator(selector).count() > 0 && page.locator(selector).textContent().contains(text)) {
				return;
			}
			page.waitForTimeout(300);
			page.reload();
		}
		org.assertj.core.api.Assertions.assertThat(page.locator("body").innerText()).as("the page").contains(text);
	}

	private Page ownerSignedIn(String companyName) {
		UserAccount owner = users.create("importer", Role.EMPLOYER);
		Company company = companies.create(owner.getId(),
				new CompanyForm(companyName, "https://acme.example", "We sync from Greenhouse.", null, null), null);
		users.signIn(port, owner);
		Page page = people.newPerson(port);
		people.signInWithSecondFactor(page, owner.getEmail(), Users.PASSWORD, users.currentCode(owner));
		page.navigate("/employer");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(company.getName());
		return page;
	}

}
