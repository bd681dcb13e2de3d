package dev.backboard.web;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PagesTests {

	@LocalServerPort
	int port;

	@Autowired
	SampleJobs samples;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	MutableClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void landingPageShowsLiveCountsAndTopSkills() {
		Document page = html("/");

		assertThat(Long.parseLong(page.selectFirst("[data-stat=jobs]").text())).isGreaterThanOrEqualTo(samples.count());
		assertThat(page.select(".top-skills a")).isNotEmpty();
		assertThat(page.select(".job-card")).isNotEmpty();
	}

	@Test
	void jobPageCarriesJobPostingJsonLd() {
		Job job = samples.get("go-remote-eu");
		Document page = html("/jobs/" + job.getSlug());

		JsonNode posting = JsonMapper.builder()
			.build()
			.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
		for (String property : List.of("title", "description", "datePosted", "validThrough", "hiringOrganization",
				"employmentType", "identifier", "baseSalary", "directApply")) {
			assertThat(posting.has(property)).as(property).isTrue();
		}
		assertThat(posting.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
		assertThat(posting.get("applicantLocationRequirements").get(0).get("name").asString()).isEqualTo("DE");
		assertThat(posting.get("baseSalary").get("currency").asString()).isEqualTo("EUR");
		// Its locations and skills, loaded apart from the job's own row.
		assertThat(posting.get("jobLocation").get(0).get("address").get("addressLocality").asString())
			.isEqualTo("Berlin");
		assertThat(page.select("ul.skills a").eachAttr("href")).contains("/skills/go", "/skills/postgresql",
				"/skills/kafka");
		assertThat(page.select("meta[name=robots]")).isEmpty();
		// Through the counted click-out, which sends the candidate on to the job's own
		// URL.
		assertThat(page.selectFirst("a.apply").attr("href"))
			.isEqualTo("/jobs/" + samples.get("go-remote-eu").getSlug() + "/apply-out");
	}

	@Test
	void jobDescriptionIsSanitized() {
		Api.Response response = api.get("/jobs/" + samples.get("unsafe-description").getSlug());
		Document page = Jsoup.parse(response.body());

		assertThat(page.select(".description strong").text()).isEqualTo("banks");
		assertThat(page.select(".description script")).isEmpty();
		assertThat(page.select(".description [onerror]")).isEmpty();
		assertThat(page.select(".description a[href^=javascript]")).isEmpty();
		// The structured data carries the sanitized HTML with no character that could end
		// its script element, and reads back to it.
		String jsonLd = page.select("script[type=application/ld+json]").first().data();
		assertThat(jsonLd).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		assertThat(JsonMapper.builder().build().readTree(jsonLd).get("description").asString())
			.contains("<strong>banks</strong>")
			.doesNotContain("<script");
	}

	@Test
	void expiredJobKeepsItsPageButSaysItIsClosedWithoutJsonLd() {
		Company company = companies.save(new Company("Closed Page Co", null, null, clock.instant()));
		clock.set(clock.minus(Duration.ofDays(45)));
		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job("Scala Engineer", "Akka streams.", WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null,
							List.of(new JobSkill("scala", true)))
					.build());
		clock.reset();
		jobs.expireDue();

		Document page = html("/jobs/" + job.getSlug());

		assertThat(page.selectFirst(".closed-notice").text()).contains("closed");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("script[type=application/ld+json]")).isEmpty();
		assertThat(page.select("a.apply")).isEmpty();
	}

	@Test
	void unknownPagesGetAFriendlyNotFound() {
		Api.Response response = api.get("/jobs/no-such-job-here");
		Api.Response unknown = api.get("/no/such/page");

		assertThat(response.status()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).contains("could not find");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("text/html");
	}

	@Test
	void similarJobsOfAnUnknownJobAreNotFound() {
		Api.Response response = api.get("/jobs/no-such-job-here/similar");

		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void skillPagesUseTheCanonicalSlug() {
		Api.Response alias = api.get("/skills/golang");
		Document page = html("/skills/go");

		assertThat(alias.status()).isEqualTo(302);
		assertThat(alias.header("Location")).endsWith("/skills/go");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Go backend jobs");
		assertThat(page.select(".job-card")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void searchPageExplainsABadParameterNextToTheResults() {
		Api.Response response = api.get("/jobs?salaryMin=abc");

		assertThat(response.status()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).selectFirst(".form-error").text()).contains("salaryMin");
	}

	@Test
	void searchPageWorksWithoutJavaScript() {
		Document page = html("/jobs?workplace=REMOTE");

		assertThat(page.select(".job-card .badge.remote")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(page.select(".facet[data-facet=workplace] a[aria-checked=true]").attr("href")).isEqualTo("/jobs");
	}

	@Test
	void htmxRequestsGetOnlyTheResultsFragment() {
		Api.Response response = api.send("GET", "/jobs?workplace=REMOTE", java.util.Map.of("HX-Request", "true"));

		assertThat(response.body()).doesNotContain("<html").contains("id=\"results\"");
	}

	@Test
	void pagesCarrySecurityHeaders() {
		Api.Response response = api.get("/");

		assertThat(response.header("Content-Security-Policy")).contains("object-src 'none'", "base-uri 'none'",
				"frame-ancestors 'none'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void healthReportsDatabaseAndIndexReadiness() {
		JsonNode readiness = api.get("/actuator/health/readiness").json();

		assertThat(readiness.get("status").asString()).isEqualTo("UP");
		assertThat(api.get("/actuator/prometheus").body()).contains("http_server_requests_seconds");
	}

	private Document html(String path) {
		Api.Response response = api.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
