package dev.backboard.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.jobs.JobService;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The insights of {@link InsightJobs}, read over HTTP as JSON, CSV and the page, checked
 * against the numbers worked out by hand.
 */
@IntegrationTest
class InsightsIntegrationTests {

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

	@Autowired
	RateLimits limits;

	@Autowired
	Taxonomy taxonomy;

	Api api;

	@BeforeEach
	void jobsInIceland() {
		InsightJobs.publishOnceAndStopTheClock(jobs, companies, clock, jdbc);
		api = new Api(port);
		resetLimits();
	}

	@Test
	void eachAddressMayStartOnlyAFewComputationsAnHourWhileComputedOnesStayOpen() {
		List<String> skills = taxonomy.all().stream().map(Skill::slug).limit(40).toList();
		int started = 0;
		Api.Response response = null;
		for (String skill : skills) {
			response = api.get("/insights.json?seniority=LEAD&skill=" + skill);
			if (response.status() != 200) {
				break;
			}
			started++;
		}

		assertThat(started).isEqualTo(30);
		assertThat(response.status()).isEqualTo(429);
		assertThat(response.header("Retry-After")).isNotBlank();
		assertThat(api.get("/insights.json?seniority=LEAD&skill=" + skills.get(0)).status()).isEqualTo(200);
		resetLimits();
	}

	private void resetLimits() {
		for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
			limits.reset("insights-ip", address);
		}
	}

	@Test
	void salaryPercentilesPerSkillSeniorityCountryAndWorkplace() {
		JsonNode report = json("/insights.json?country=IS");

		assertThat(report.get("jobs").asLong()).isEqualTo(17);
		JsonNode elixir = row(report.get("salaryBySkill"), "elixir");
		assertThat(elixir.get("jobs").asLong()).isEqualTo(15);
		assertThat(elixir.get("p10").asLong()).isEqualTo(114_000);
		assertThat(elixir.get("p25").asLong()).isEqualTo(135_000);
		assertThat(elixir.get("median").asLong()).isEqualTo(170_000);
		assertThat(elixir.get("p75").asLong()).isEqualTo(205_000);
		assertThat(elixir.get("p90").asLong()).isEqualTo(226_000);
		assertThat(row(report.get("salaryBySkill"), "postgresql").get("median").asLong()).isEqualTo(155_000);
		assertThat(row(report.get("salaryBySeniority"), "SENIOR").get("median").asLong()).isEqualTo(170_000);
		assertThat(row(report.get("salaryByCountry"), "IS").get("median").asLong()).isEqualTo(180_000);
		assertThat(row(report.get("salaryByCountry"), "IS").get("label").asString()).isEqualTo("Iceland");
		assertThat(row(report.get("salaryByWorkplace"), "REMOTE").get("median").asLong()).isEqualTo(145_000);
		assertThat(report.get("currency").asString()).isEqualTo("USD");
	}

	@Test
	void figuresOnTooFewJobsOrCompaniesAreHidden() {
		JsonNode report = json("/insights.json?country=IS");

		assertThat(keys(report.get("salaryBySkill"))).as("Kafka: one company; Erlang: two jobs")
			.containsExactly("elixir", "postgresql");
		JsonNode mid = row(report.get("salaryBySeniority"), "MID");
		assertThat(mid.get("jobs").asLong()).isEqualTo(2);
		assertThat(mid.get("median").isNull()).isTrue();
		JsonNode onsite = row(report.get("salaryByWorkplace"), "ONSITE");
		assertThat(onsite.get("jobs").asLong()).isEqualTo(7);
		assertThat(onsite.get("p10").isNull()).isTrue();
		assertThat(onsite.get("median").isNull()).isTrue();
		JsonNode everyMid = json("/insights.json?country=IS&seniority=mid");
		assertThat(everyMid.get("jobs").asLong()).isEqualTo(2);
		assertThat(everyMid.get("salaryBySkill")).isEmpty();
		assertThat(everyMid.get("skillsTogether")).isEmpty();
		assertThat(everyMid.get("remoteShare").valueStream().allMatch(week -> week.get("share").isNull())).isTrue();
	}

	@Test
	void remoteShareAndSkillDemandPerWeek() {
		JsonNode report = json("/insights.json?country=IS&skill=elixir");
		String week = InsightJobs.week(clock.instant()).toString();

		JsonNode remote = weekOf(report.get("remoteShare"), week);
		assertThat(remote.get("jobs").asLong()).isEqualTo(15);
		assertThat(remote.get("share").asDouble()).isCloseTo(10 / 15.0, within(1e-9));
		JsonNode demand = report.get("skillDemand");
		assertThat(demand.get(0).get("skill").asString()).as("the chosen skill comes first").isEqualTo("elixir");
		JsonNode elixirWeek = weekOf(demand.get(0).get("weeks"), week);
		assertThat(elixirWeek.get("jobs").asLong()).as("every new job in Iceland, whatever its skills").isEqualTo(17);
		assertThat(elixirWeek.get("share").asDouble()).isCloseTo(15 / 17.0, within(1e-9));
		assertThat(weekOf(demand.get(0).get("weeks"), LocalDate.parse(week).minusWeeks(1).toString()).get("share")
			.isNull()).as("a week without jobs shows no share").isTrue();
	}

	@Test
	void skillsAskedForTogether() {
		JsonNode pairs = json("/insights.json?country=IS").get("skillsTogether");
		assertThat(pairs).hasSize(1);
		assertThat(pairs.get(0).get("label").asString()).isEqualTo("Elixir + PostgreSQL");
		assertThat(pairs.get(0).get("jobs").asLong()).isEqualTo(12);
		assertThat(pairs.get(0).get("share").asDouble()).isCloseTo(12 / 17.0, within(1e-9));

		JsonNode withElixir = json("/insights.json?country=IS&skill=elixir").get("skillsTogether");
		assertThat(withElixir).as("Kafka comes from one company only").hasSize(1);
		assertThat(withElixir.get(0).get("label").asString()).isEqualTo("PostgreSQL");
		assertThat(withElixir.get(0).get("share").asDouble()).isCloseTo(0.8, within(1e-9));
	}

	@Test
	void salariesInAChosenCurrency() {
		JsonNode report = json("/insights.json?country=IS&skill=Elixir&currency=eur");

		assertThat(report.get("currency").asString()).isEqualTo("EUR");
		assertThat(report.get("filter").get("skill").asString()).isEqualTo("elixir");
		// 170,000 USD at 1.08 USD per euro.
		assertThat(row(report.get("salaryBySkill"), "elixir").get("median").asLong()).isEqualTo(157_407);
	}

	@Test
	void downloadsCarryTheLicence() {
		JsonNode licence = json("/insights.json?country=IS").get("licence");
		assertThat(licence.get("name").asString()).isEqualTo("CC BY 4.0");
		assertThat(licence.get("url").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");

		Api.Response csv = api.get("/insights.csv?country=IS");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Link")).isEqualTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
		assertThat(csv.body().lines().toList()).first().isEqualTo("section,group,measure,value,jobs");
		assertThat(csv.body().lines().toList()).contains(
				"about,licence,CC BY 4.0,https://creativecommons.org/licenses/by/4.0/,",
				"salary by skill,Elixir,median,170000,15", "salary by seniority,Mid-level,median,,2",
				"skills together,Elixir + PostgreSQL,share,0.7059,12");
	}

	@Test
	void thePageDrawsEachChartWithItsTable() {
		Api.Response page = api.get("/insights?country=IS");

		assertThat(page.status()).isEqualTo(200);
		String html = page.body();
		assertThat(count(html, "role=\"img\"")).isEqualTo(7);
		assertThat(count(html, "<table class=\"chart-table\">")).isEqualTo(7);
		assertThat(html).contains("<title>Yearly salary by skill</title>", "170,000", "too few jobs", "CC BY 4.0",
				"href=\"/insights.csv?country=IS\"", "Iceland");
	}

	@Test
	void badFiltersAreNamedNextToTheirFields() {
		Api.Response page = api.get("/insights?skill=nosuchthing&country=XX&seniority=boss&currency=ABC");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body())
			.contains("id=\"skill-error\"", "id=\"country-error\"", "id=\"seniority-error\"", "id=\"currency-error\"",
					"must be an ISO 3166 country code such as DE")
			.doesNotContain("role=\"img\"");

		Api.Response json = api.get("/insights.json?country=Germany");
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.header("Content-Type")).startsWith("application/problem+json");
		assertThat(json.json().get("errors").get(0).get("parameter").asString()).isEqualTo("country");
		Api.Response csv = api.get("/insights.csv?currency=%3Cscript%3E");
		assertThat(csv.status()).isEqualTo(400);
		assertThat(csv.json().get("errors").get(0).get("parameter").asString()).isEqualTo("currency");
	}

	@Test
	void theSkillPageLinksToItsInsightsOnceTheyWereComputedToday() {
		assertThat(api.get("/skills/ocaml").body()).doesNotContain("/insights?skill=ocaml");
		assertThat(api.get("/insights?skill=elixir").status()).isEqualTo(200);

		Api.Response page = api.get("/skills/elixir");

		assertThat(page.body()).contains("Elixir: median senior salary 170,000 USD a year (15 jobs)",
				"of new jobs in the last 4 weeks", "href=\"/insights?skill=elixir\"");
		assertThat(api.get("/sitemaps/pages.xml").body()).contains("/insights</loc>");
	}

	private JsonNode json(String path) {
		Api.Response response = api.get(path);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode row(JsonNode rows, String key) {
		return rows.valueStream()
			.filter(row -> row.get("key").asString().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
	}

	private static List<String> keys(JsonNode rows) {
		List<String> keys = new ArrayList<>();
		rows.forEach(row -> keys.add(row.get("key").asString()));
		return keys;
	}

	private static JsonNode weekOf(JsonNode weeks, String start) {
		return weeks.valueStream()
			.filter(week -> week.get("week").asString().equals(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no week " + start + " in " + weeks));
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
