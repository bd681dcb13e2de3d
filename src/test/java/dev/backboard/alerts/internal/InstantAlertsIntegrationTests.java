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
		long secondsSearch = jdbc.sql("""
				insert into saved_search (subscriber_id, name, query, frequency, created_at, changed_at)
				values (:subscriber, 'COBOL', 'skills=cobol', 'INSTANT', now(), now()) returning id""")
			.param("subscriber", second)
			.query(Long.class)
			.single();
		InstantAlerts.Audiences sweep = new InstantAlerts.Audiences();
		Timestamp now = Timestamp.from(Instant.now());

		assertThat(digestFor(first, job, sweep, now)).containsExactly(job.getTitle());
		// A round tells the second person, between two digests of the same sweep.
		transactions.executeWithoutResult(status -> alerts.record(Map.of(secondsSearch, Set.of(job.getId()))));

		assertThat(digestFor(second, job, sweep, now)).isEmpty();
		assertThat(digestFor(first, job, sweep, now)).isEmpty();
	}

	private List<String> digestFor(long subscriber, Job job, InstantAlerts.Audiences sweep, Timestamp now) {
		return transactions
			.execute(status -> alerts.newToPerson(subscriber, null, Map.of(1L, List.of(job.getId())), sweep, now)
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
