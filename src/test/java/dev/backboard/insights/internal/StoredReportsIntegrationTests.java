package dev.backboard.insights.internal;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.backboard.companies.CompanyRepository;
import dev.backboard.insights.InsightFilter;
import dev.backboard.insights.InsightJobs;
import dev.backboard.insights.InsightsProperties;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.Seniority;
import dev.backboard.skills.Taxonomy;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports the daily run stores: the same numbers as the set-based SQL, read by a
 * second request without computing, older days deleted, combinations computed on demand
 * and stored, and the run scheduled at start when today's reports are missing.
 */
@IntegrationTest
class StoredReportsIntegrationTests {

	private static final Comparator<Double> CLOSE = (a, b) -> Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0
			: Double.compare(a, b);

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
	Taxonomy taxonomy;

	@Autowired
	SalaryNormalizer salaries;

	@Autowired
	InsightsProperties properties;

	@Autowired
	DailyInsights daily;

	@Autowired
	MarketReports reports;

	@Autowired
	StoredReports stored;

	@Autowired
	InsightsTasks.CatchUp catchUp;

	@BeforeEach
	void jobsInIceland() {
		InsightJobs.publishOnceAndStopTheClock(jobs, companies, clock, jdbc);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private MarketReport sql(InsightFilter filter) {
		return new InsightQueries(jdbc, taxonomy, salaries, properties).report(filter, today());
	}

	private static void sameNumbers(MarketReport actual, MarketReport expected) {
		assertThat(actual).usingRecursiveComparison()
			.withComparatorForType(CLOSE, Double.class)
			.as(expected.filter().toString())
			.isEqualTo(expected);
	}

	@Test
	void theDailyRunStoresEveryCommonViewWithTheNumbersOfTheSetBasedSql() {
		int count = daily.run();

		Integer rows = jdbc.queryForObject("select count(*) from insight_report where day = ?", Integer.class,
				Date.valueOf(today()));
		assertThat(rows).as("the common views and the combinations asked for today").isGreaterThanOrEqualTo(count);
		assertThat(count).as("every job, each taxonomy skill, each level, at least Iceland")
			.isGreaterThanOrEqualTo(1 + taxonomy.all().size() + Seniority.values().length + 1);
		List<InsightFilter> filters = new ArrayList<>(List.of(InsightFilter.ALL, new InsightFilter(null, "IS", null),
				new InsightFilter("elixir", null, null), new InsightFilter("postgresql", null, null),
				new InsightFilter("kafka", null, null), new InsightFilter("ocaml", null, null)));
		for (Seniority level : Seniority.values()) {
			filters.add(new InsightFilter(null, null, level));
		}
		for (InsightFilter filter : filters) {
			MarketReport report = stored.latest(filter, today()).orElseThrow().report();
			sameNumbers(report, sql(filter));
		}
		MarketReport iceland = stored.latest(new InsightFilter(null, "IS", null), today()).orElseThrow().report();
		assertThat(iceland.jobs()).isEqualTo(17);
		assertThat(iceland.salaryBySkill().get(0).pay().median()).isEqualTo(170_000);

		Api.Response page = new Api(port).get("/skills/elixir");
		assertThat(page.body()).as("the skill page reads the stored report, without any /insights request")
			.contains("Elixir: median senior salary", "href=\"/insights?skill=elixir\"");
	}

	@Test
	void aStoredReportIsReadWithoutComputingIt() {
		daily.run();
		InsightFilter kafka = new InsightFilter("kafka", null, null);
		jdbc.update("update insight_report set report = jsonb_set(report, '{jobs}', '123456')"
				+ " where filter_key = 'skill=kafka' and day = ?", Date.valueOf(today()));

		assertThat(reports.computed(kafka)).hasValueSatisfying(report -> assertThat(report.jobs()).isEqualTo(123456));
		assertThat(reports.report(kafka).jobs()).isEqualTo(123456);
		Api.Response json = new Api(port).get("/insights.json?skill=kafka");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().get("jobs").asLong()).isEqualTo(123456);
	}

	@Test
	void theRunDeletesTheDaysBefore() {
		LocalDate old = today().minusDays(3);
		jdbc.update("insert into insight_report (filter_key, day, report) values ('country=is', ?, '{}')",
				Date.valueOf(old));

		daily.run();

		assertThat(jdbc.queryForObject("select count(*) from insight_report where day < ?", Integer.class,
				Date.valueOf(today())))
			.isZero();
	}

	@Test
	void yesterdaysReportIsServedUntilTodaysIsStored() {
		InsightFilter postgres = new InsightFilter("postgresql", "IS", null);
		LocalDate yesterday = today().minusDays(1);
		jdbc.update("delete from insight_report where filter_key = 'skill=postgresql&country=is'");
		stored.store(yesterday, java.util.Map.of(postgres, sql(postgres)));

		assertThat(reports.computed(postgres)).hasValueSatisfying(report -> assertThat(report.jobs()).isEqualTo(12));
		assertThat(stored.has(postgres, today())).as("nothing computed").isFalse();
	}

	@Test
	void aCombinationIsComputedOnDemandAndStoredForTheOtherNodes() {
		InsightFilter combination = new InsightFilter("elixir", "IS", Seniority.SENIOR);
		jdbc.update("delete from insight_report where filter_key = 'skill=elixir&country=is&seniority=senior'");
		assertThat(reports.computed(combination)).isEmpty();

		MarketReport report = reports.report(combination);

		assertThat(report.jobs()).isEqualTo(15);
		sameNumbers(report, sql(combination));
		assertThat(stored.latest(combination, today())).hasValueSatisfying(found -> {
			assertThat(found.day()).isEqualTo(today());
			sameNumbers(found.report(), report);
		});
		assertThat(jdbc.queryForObject("select count(*) from insight_report where filter_key = ?", Integer.class,
				"skill=elixir&country=is&seniority=senior"))
			.isEqualTo(1);
	}

	@Test
	void reportsAreStoredAllOrNone() {
		InsightFilter first = new InsightFilter(null, "ZW", null);
		InsightFilter tooLong = new InsightFilter("x".repeat(250), null, null);
		java.util.Map<InsightFilter, MarketReport> both = new java.util.LinkedHashMap<>();
		both.put(first, sql(first));
		both.put(tooLong, sql(first));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> stored.store(today(), both))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);

		assertThat(stored.has(first, today())).as("rolled back with the one that failed").isFalse();
	}

	@Test
	void aNodeStartingWithoutTodaysReportsSchedulesTheRun() throws InterruptedException {
		jdbc.update("delete from insight_report where day = ?", Date.valueOf(today()));

		assertThat(catchUp.scheduleIfMissing()).isTrue();

		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!daily.ranToday() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(daily.ranToday()).as("the scheduler ran today's reports").isTrue();
		sameNumbers(stored.latest(new InsightFilter(null, "IS", null), today()).orElseThrow().report(),
				sql(new InsightFilter(null, "IS", null)));
		assertThat(catchUp.scheduleIfMissing()).as("stored: nothing to schedule").isFalse();
	}

}
