package dev.backboard.jobs;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.search.JobHit;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// Its own context: the jobs it publishes must not change what the shared sample searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class JobLifecycleIntegrationTests {

	@Autowired
	JobService jobs;

	@Autowired
	JobSearch search;

	@Autowired
	CompanyRepository companies;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aPublishedJobIsSearchableAtOnce() {
		Company company = companies.save(new Company("Freshness Test Co", null, null, clock.instant()));

		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job("Elixir Engineer, Realtime", "Phoenix channels at scale.", WorkplaceType.REMOTE, List.of(),
							Seniority.SENIOR, null, List.of(new JobSkill("elixir", true)))
					.build());

		assertThat(search.search(JobQuery.builder().company(company.getSlug()).build()).hits()).extracting(JobHit::slug)
			.containsExactly(job.getSlug());
	}

	@Test
	void aRevisedJobIsFoundByItsNewText() {
		Company company = companies.save(new Company("Revision Test Co", null, null, clock.instant()));
		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job("Backend Engineer", "Plain services.", WorkplaceType.REMOTE, List.of(), Seniority.MID, null,
							List.of(new JobSkill("java", true)))
					.build());

		jobs.revise(job.getId(),
				SampleJobs
					.job("Backend Engineer", "Now with quaternions.", WorkplaceType.REMOTE, List.of(), Seniority.MID,
							null, List.of(new JobSkill("java", true)))
					.build());

		assertThat(search.search(JobQuery.builder().q("quaternions").build()).hits()).extracting(JobHit::slug)
			.containsExactly(job.getSlug());
	}

	@Test
	void aJobPastItsValidThroughDateExpiresAndLeavesSearch() {
		Company company = companies.save(new Company("Expiry Test Co", null, null, clock.instant()));
		clock.set(clock.minus(Duration.ofDays(40)));
		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job("Ruby Engineer", "Rails monolith.", WorkplaceType.REMOTE, List.of(), Seniority.MID, null,
							List.of(new JobSkill("ruby", true)))
					.build());
		clock.reset();

		jobs.expireDue();

		assertThat(jobs.findById(job.getId()).orElseThrow().getStatus()).isEqualTo(JobStatus.EXPIRED);
		assertThat(search.search(JobQuery.builder().company(company.getSlug()).build()).total()).isZero();
	}

	@Test
	void expiryIsScheduledInTheDatabaseSoThatOneNodeRunsIt() {
		Long scheduled = jdbc.sql("select count(*) from scheduled_tasks where task_name = 'expire-jobs'")
			.query(Long.class)
			.single();

		assertThat(scheduled).isEqualTo(1);
	}

	@Test
	void refusesInvalidDetailsNamingEachField() {
		Company company = companies.save(new Company("Validation Test Co", null, null, clock.instant()));
		JobDetails details = new JobDetails("Dev", "", List.of(), WorkplaceType.ONSITE, List.of(), null, null,
				EmploymentType.FULL_TIME, Seniority.MID,
				new Salary(java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, "XYZ", SalaryPeriod.YEAR), false, false,
				List.of(new JobSkill("cobolt", true)), "ftp://nope", null);

		assertThatThrownBy(() -> jobs.publish(company.getId(), details)).isInstanceOfSatisfying(InvalidJob.class,
				ex -> assertThat(ex.fieldErrors()).containsKeys("title", "descriptionMarkdown", "locations",
						"salary.min", "applyUrl"));
		assertThatThrownBy(
				() -> jobs.publish(company.getId(),
						SampleJobs
							.job("Backend Engineer", "Text", WorkplaceType.REMOTE, List.of(), Seniority.MID,
									new Salary(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, "XYZ",
											SalaryPeriod.YEAR),
									List.of(new JobSkill("cobolt", true)))
							.build()))
			.isInstanceOfSatisfying(InvalidJob.class,
					ex -> assertThat(ex.fieldErrors()).containsKeys("salary.currency", "skills[0].skill"));
	}

	@Test
	void extractsSkillsFromTheTextWhenNoneAreGiven() {
		Company company = companies.save(new Company("Extraction Test Co", null, null, clock.instant()));

		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job("Senior Go Engineer", "You will build services in Go on PostgreSQL and Kubernetes.",
							WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null, List.of())
					.build());

		assertThat(job.getSkillSlugs()).contains("go", "postgresql", "kubernetes");
	}

}
