package dev.backboard.web;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.support.BrowserPeople;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SampleJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchBrowserTests {

	@RegisterExtension
	static final BrowserPeople people = BrowserPeople.from("198.51.100.");

	@LocalServerPort
	int port;

	@Autowired
	SampleJobs samples;

	Page page;

	@BeforeEach
	void open() {
		page = people.newPerson(port);
	}

	@Test
	void aFacetClickNarrowsTheResultsAndUpdatesTheUrlWithoutAFullReload() {
		page.navigate(url("/jobs"));
		long before = total();
		page.evaluate("window.__sameDocument = true");

		page.locator(".facet[data-facet=workplace] a[data-value=REMOTE]").click();

		page.waitForURL("**/jobs?workplace=REMOTE");
		assertThat(page.locator(".facet[data-facet=workplace] a[data-value=REMOTE]")).hasAttribute("aria-checked",
				"true");
		long after = total();
		assertThat(after).isLessThan(before).isPositive();
		assertThat(page.locator(".job-card")).hasCount((int) after);
		assertThat(page.locator(".job-card .badge.remote")).hasCount((int) after);
		assertThat(page.evaluate("window.__sameDocument === true")).isEqualTo(true);
	}

	@Test
	void theBackButtonRestoresThePreviousResults() {
		page.navigate(url("/jobs"));
		long before = total();
		page.locator(".facet[data-facet=workplace] a[data-value=REMOTE]").click();
		page.waitForURL("**/jobs?workplace=REMOTE");

		page.goBack();

		page.waitForURL("**/jobs");
		assertThat(page.locator("[data-total]")).hasAttribute("data-total", Long.toString(before));
	}

	@Test
	void theSearchBoxSuggestsSkills() {
		page.navigate(url("/"));

		page.locator("#q").pressSequentially("kube");

		Locator suggestion = page.locator("#suggestions a", new Page.LocatorOptions().setHasText("Kubernetes"));
		assertThat(suggestion.first()).isVisible();
		suggestion.first().click();
		page.waitForURL("**/jobs?skills=kubernetes");
	}

	@Test
	void theJobPageCarriesValidJsonLd() {
		page.navigate(url("/jobs/" + samples.get("java-munich").getSlug()));

		String jsonLd = page.locator("script[type='application/ld+json']").textContent();
		JsonNode posting = JsonMapper.builder().build().readTree(jsonLd);
		assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
		assertThat(posting.get("hiringOrganization").get("name").asString()).isEqualTo("Kestrel Health");
		assertThat(posting.get("jobLocation").get(0).get("address").get("addressLocality").asString())
			.isEqualTo("Munich");
		assertThat(page.locator("h1")).hasText("Java Developer (Spring Boot)");
	}

	@Test
	void theSearchPageFitsAPhoneScreen() {
		page.setViewportSize(375, 812);
		page.navigate(url("/jobs"));

		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/search-phone.png"))
			.setFullPage(false));

		assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(375);
		assertThat(page.locator(".job-card").first()).isVisible();
	}

	@Test
	void theSearchPageTakesADesktopScreenshot() {
		page.setViewportSize(1280, 900);
		page.navigate(url("/jobs?q=backend"));

		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/search-desktop.png")));

		assertThat(page.locator(".facet").first()).isVisible();
	}

	private long total() {
		return Long.parseLong(page.locator("[data-total]").getAttribute("data-total"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
