package dev.backboard.insights;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.JobService;
import dev.backboard.support.BrowserPeople;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InsightsBrowserTests {

	@RegisterExtension
	static final BrowserPeople people = BrowserPeople.from("198.51.101.");

	@LocalServerPort
	int port;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	MutableClock clock;

	@AfterEach
	void clockRunsAgain() {
		clock.reset();
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theInsightsPageDrawsItsCharts() {
		InsightJobs.publishOnceAndStopTheClock(jobs, companies, clock, jdbc);
		Page page = people.newPerson(port);
		page.setViewportSize(1280, 900);
		page.navigate("/insights?country=IS");

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
		people.assertNoBrowserErrors();
	}

}
