package dev.backboard.insights;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.JobService;
import dev.backboard.support.Browsers;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InsightsBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

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

	@Test
	void theInsightsPageDrawsItsCharts() {
		InsightJobs.publishOnce(jobs, companies, clock, jdbc);
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/insights?country=IS");

			assertThat(page.locator("svg[role=img]")).hasCount(7);
			assertThat(page.locator("#salary-by-skill svg g.range")).hasCount(2);
			assertThat(page.locator("#remote-share svg path.series")).hasCount(1);
			assertThat(page.locator("#skills-together svg rect.bar")).hasCount(1);
			assertThat(page.locator("#salary-by-skill table")).containsText("170,000");
			Object width = page.locator("#salary-by-skill svg").evaluate("svg => svg.getBoundingClientRect().width");
			assertThat(((Number) width).doubleValue()).as("the chart is laid out, not collapsed").isGreaterThan(300);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/insights.png")).setFullPage(true));

			page.selectOption("#currency", "EUR");
			page.locator("form.insights-filters button[type=submit]").click();
			page.waitForURL("**/insights?*currency=EUR*");
			assertThat(page.locator("#salary-by-skill table")).containsText("157,407");
		}
	}

}
