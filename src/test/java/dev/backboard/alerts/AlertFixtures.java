package dev.backboard.alerts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.SampleJobs;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs to publish in alert tests, and waiting for the matching of published jobs to end.
 */
final class AlertFixtures {

	private final JobService jobs;

	private final JdbcClient jdbc;

	private final Company company;

	AlertFixtures(JobService jobs, CompanyRepository companies, JdbcClient jdbc, String companyName) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.company = companies
			.save(new Company(companyName + " " + System.nanoTime(), "https://example.com", null, Instant.now()));
	}

	Company company() {
		return company;
	}

	Job publish(JobDetails details) {
		return jobs.publish(company.getId(), details);
	}

	/** A remote Go job open to everyone, with a title of its own. */
	Job publishRemoteGo(String title) {
		return publish(SampleJobs
			.job(title, "Go services on PostgreSQL, written by a small remote team.", WorkplaceType.REMOTE, List.of(),
					Seniority.SENIOR, salary(90_000, 120_000, "EUR"), skills("go", "postgresql"))
			.build());
	}

	/** An on-site Java job in Munich. */
	Job publishOnsiteJava(String title) {
		return publish(SampleJobs
			.job(title, "Java and Spring Boot for insurers.", WorkplaceType.ONSITE, List.of(SampleJobs.MUNICH),
					Seniority.MID, salary(60_000, 70_000, "EUR"), skills("java", "spring-boot"))
			.build());
	}

	/** A job with the given skills, remote from anywhere. */
	Job publishWith(String title, String... skills) {
		return publish(remote(title, "Backend services for a growing product.", skills));
	}

	/** A mid-level job with the given skills, remote from anywhere. */
	static JobDetails remote(String title, String description, String... skills) {
		return SampleJobs
			.job(title, description, WorkplaceType.REMOTE, List.<JobLocation>of(), Seniority.MID, null, skills(skills))
			.build();
	}

	static Salary salary(long min, long max, String currency) {
		return new Salary(BigDecimal.valueOf(min), BigDecimal.valueOf(max), currency, SalaryPeriod.YEAR);
	}

	static List<JobSkill> skills(String... slugs) {
		return java.util.Arrays.stream(slugs).map(slug -> new JobSkill(slug, true)).toList();
	}

	/**
	 * Waits until the jobs' publications reached the alert queue and every queued one was
	 * matched.
	 */
	void awaitMatched(Collection<Long> jobIds) {
		await(() -> jdbc.sql("select count(*) from alert_job_queue where job_id in (:ids)")
			.param("ids", jobIds)
			.query(Long.class)
			.single() == 0, "the jobs " + jobIds + " to be matched");
	}

	/** Mail queued for the address so far, sent or not. */
	long mailsTo(String address) {
		return jdbc.sql("select count(*) from outgoing_mail where lower(recipient) = lower(:to)")
			.param("to", address)
			.query(Long.class)
			.single();
	}

	static void await(BooleanSupplier condition, String what) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Waited a minute for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
