package dev.backboard.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.alerts.internal.AlertMatcher;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.JobQuery;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a saved query finds anything as written (one that finds nothing loosens its
 * spelling) is checked ahead of the jobs, kept in PostgreSQL for every node, and trusted
 * for a while: matching a new job asks only about queries never checked or checked too
 * long ago, and still alerts a misspelled search with the job its loosened spelling
 * finds.
 */
@IntegrationTest
class AlertQueryChecksIntegrationTests {

	@Autowired
	AlertMatcher matcher;

	@Autowired
	Alerts alerts;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void matchingUsesTheSharedAnswersAndAsksAgainOnlyWhenTheyAreOld() {
		AlertFixtures fixtures = new AlertFixtures(jobs, companies, jdbc, "Query checks");
		Job first = publishQuorvex(fixtures, "Quorvex Engineer");
		fixtures.awaitMatched(List.of(first.getId()));
		// One person each: a person hears of a job once, whichever of their searches
		// matched it.
		long exact = save(users.create("Query Checks", Role.CANDIDATE), "quorvex");
		long misspelled = save(users.create("Query Checks Typo", Role.CANDIDATE), "quorvax");

		assertThat(matcher.checkQueries(Duration.ofMinutes(1))).isGreaterThanOrEqualTo(2);

		assertThat(findsSomething("quorvex")).isTrue();
		assertThat(findsSomething("quorvax")).isFalse();
		Instant exactCheckedAt = checkedAt("quorvex");
		Instant checkedAt = checkedAt("quorvax");

		Job second = publishQuorvex(fixtures, "Senior Quorvex Engineer");
		fixtures.awaitMatched(List.of(second.getId()));

		assertThat(matched(exact, second)).isTrue();
		assertThat(matched(misspelled, second)).as("the misspelled search loosens its spelling").isTrue();
		assertThat(checkedAt("quorvex")).as("not asked again").isEqualTo(exactCheckedAt);
		assertThat(checkedAt("quorvax")).as("not asked again").isEqualTo(checkedAt);

		clock.set(clock.instant().plus(Duration.ofHours(3)));
		Job third = publishQuorvex(fixtures, "Staff Quorvex Engineer");
		fixtures.awaitMatched(List.of(third.getId()));

		assertThat(matched(misspelled, third)).isTrue();
		assertThat(checkedAt("quorvax")).as("an answer too old is asked again").isAfter(checkedAt);
		assertThat(findsSomething("quorvax")).isFalse();
	}

	@Test
	void answersAboutQueriesNoActiveSearchHoldsAreForgotten() {
		UserAccount person = users.create("Forgotten Checks", Role.CANDIDATE);
		long search = save(person, "zentrovix");
		matcher.checkQueries(Duration.ofMinutes(1));
		assertThat(findsSomething("zentrovix")).isFalse();

		jdbc.sql("""
				update saved_search set active = false, changed_at = now(), revision = nextval('saved_search_revision')
				where id = :id""").param("id", search).update();
		clock.set(clock.instant().plus(Duration.ofHours(2)));
		matcher.checkQueries(Duration.ofMinutes(1));

		assertThat(findsSomething("zentrovix")).isNull();
	}

	private static Job publishQuorvex(AlertFixtures fixtures, String title) {
		return fixtures.publish(
				SampleJobs
					.job(title, "We build the Quorvex scheduler for warehouses.", WorkplaceType.REMOTE, List.of(),
							Seniority.SENIOR, null, AlertFixtures.skills("go"))
					.build());
	}

	private long save(UserAccount person, String text) {
		return alerts
			.save(new Alerts.Request("Search " + text, JobQuery.fromQueryString("q=" + text), Frequency.INSTANT, null,
					"UTC"), person.getId(), person.getEmail(), "203.0.113.7")
			.searchId();
	}

	private Boolean findsSomething(String word) {
		return jdbc.sql("select finds_something from alert_query_check where query like :pattern")
			.param("pattern", "%" + word + "%")
			.query(Boolean.class)
			.optional()
			.orElse(null);
	}

	private Instant checkedAt(String word) {
		return jdbc.sql("select checked_at from alert_query_check where query like :pattern")
			.param("pattern", "%" + word + "%")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private boolean matched(long searchId, Job job) {
		return jdbc.sql("""
				select count(*) from alert_heard a join saved_search s on s.subscriber_id = a.subscriber_id
				where s.id = :search and a.job_id = :job""")
			.param("search", searchId)
			.param("job", job.getId())
			.query(Long.class)
			.single() > 0;
	}

}
