package dev.backboard.alerts.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SampleJobs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who heard of a job, across the two paths: a digest sweep that read a job's instant
 * audience reads it again once a round changed it.
 */
@IntegrationTest
class InstantAlertsIntegrationTests {

	@Autowired
	InstantAlerts alerts;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSweepSeesWhoARoundToldAfterItReadTheJobsAudience() throws InterruptedException {
		Job job = published();
		long first = subscriber("sweep-first");
		long second = subscriber("sweep-second");
		long secondsSearch = instantSearch(second);
		InstantAlerts.Audiences sweep = new InstantAlerts.Audiences();
		Timestamp now = Timestamp.from(Instant.now());

		assertThat(digestFor(first, List.of(job), sweep, now)).containsExactly(job.getTitle());
		// A round tells the second person, between two digests of the same sweep.
		transactions.executeWithoutResult(status -> alerts.record(Map.of(secondsSearch, Set.of(job.getId()))));

		assertThat(digestFor(second, List.of(job), sweep, now)).isEmpty();
		assertThat(digestFor(first, List.of(job), sweep, now)).isEmpty();
	}

	@Test
	void aSweepThatHoldsAllTheListsItMayAsksTheDatabaseAboutTheRest() throws InterruptedException {
		Job first = published();
		Job second = published();
		long person = subscriber("sweep-full");
		long search = instantSearch(person);
		transactions
			.executeWithoutResult(status -> alerts.record(Map.of(search, Set.of(first.getId(), second.getId()))));
		// Room for one id: the first list fills it.
		InstantAlerts.Audiences sweep = new InstantAlerts.Audiences(1);
		Timestamp now = Timestamp.from(Instant.now());

		assertThat(digestFor(person, List.of(first), sweep, now)).isEmpty();
		assertThat(sweep.full()).isTrue();
		assertThat(digestFor(person, List.of(first, second), sweep, now)).isEmpty();
	}

	/** The titles a digest of these found jobs would list for the person. */
	private List<String> digestFor(long subscriber, List<Job> found, InstantAlerts.Audiences sweep, Timestamp now) {
		Map<Long, List<Long>> bySearch = Map.of(1L, found.stream().map(Job::getId).toList());
		return transactions.execute(status -> alerts.newToPerson(subscriber, null, bySearch, sweep, now)
			.get(1L)
			.stream()
			.map(line -> line.title())
			.toList());
	}

	/** A job nobody is alerted of yet: its own matching round has ended. */
	private Job published() throws InterruptedException {
		Company company = companies
			.save(new Company("Audience Co " + System.nanoTime(), "https://example.com", null, Instant.now()));
		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job("COBOL Engineer Ledgers " + System.nanoTime(), "Mainframe ledgers.", WorkplaceType.REMOTE,
							List.of(), Seniority.MID, null, List.of(new JobSkill("cobol", true)))
					.build());
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (jdbc.sql("select count(*) from alert_job_queue where job_id = :job")
			.param("job", job.getId())
			.query(Long.class)
			.single() > 0) {
			assertThat(Instant.now()).as("the job's matching round ended").isBefore(deadline);
			Thread.sleep(50);
		}
		return job;
	}

	private long instantSearch(long subscriber) {
		return jdbc.sql("""
				insert into saved_search (subscriber_id, name, query, frequency, created_at, changed_at)
				values (:subscriber, 'COBOL', 'skills=cobol', 'INSTANT', now(), now()) returning id""")
			.param("subscriber", subscriber)
			.query(Long.class)
			.single();
	}

	private long subscriber(String name) {
		return jdbc.sql("""
				insert into alert_subscriber (email, token, confirmed_at, created_at)
				values (:email, :token, now(), now()) returning id""")
			.param("email", name + "-" + System.nanoTime() + "@example.com")
			.param("token", name + System.nanoTime())
			.query(Long.class)
			.single();
	}

}
