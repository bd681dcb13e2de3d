package dev.backboard.insights;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs in Iceland, a country no other test posts in, whose insights are known by hand.
 *
 * <p>
 * 15 senior Elixir jobs from four companies (job i from company i % 4), paying exactly
 * 100,000 + i * 10,000 USD a year: median 170,000, 10th percentile 114,000. Jobs 0 to 11
 * also ask for PostgreSQL (12 jobs, four companies); the jobs of company 0 (0, 4, 8, 12)
 * also ask for Kafka (4 jobs, one company: hidden). Jobs 0 to 9 are remote, 10 to 14 on
 * site (5 jobs: hidden). Two more jobs, from company 0, are mid-level Erlang jobs paying
 * 500,000: too few to show anywhere, but part of the Iceland totals (17 jobs, median
 * 180,000). All 17 were posted on the Tuesday two weeks before this one.
 */
public final class InsightJobs {

	static final String COUNTRY = "IS";

	static final JobLocation REYKJAVIK = new JobLocation("Reykjavik", null, COUNTRY, 64.1466, -21.9426);

	private InsightJobs() {
	}

	/** The Monday of the week the jobs were posted in. */
	public static LocalDate week(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC).with(DayOfWeek.MONDAY).minusWeeks(2);
	}

	/**
	 * Publishes the jobs once per database, then sets the clock to the moment they were
	 * published: "two weeks before this one" stays true however long the tests run
	 * (across a midnight, a new week) and whatever clock other tests left behind. The
	 * caller resets the clock after the test.
	 */
	public static synchronized void publishOnceAndStopTheClock(JobService jobs, CompanyRepository companies,
			MutableClock clock, JdbcTemplate jdbc) {
		List<Instant> published = jdbc
			.queryForList("select created_at from company where name = 'Fjord Systems 0'", java.sql.Timestamp.class)
			.stream()
			.map(java.sql.Timestamp::toInstant)
			.toList();
		if (!published.isEmpty()) {
			clock.set(published.get(0));
			return;
		}
		Instant now = clock.instant();
		publish(jobs, companies, clock, now);
		clock.set(now);
	}

	private static void publish(JobService jobs, CompanyRepository companies, MutableClock clock, Instant now) {
		List<Company> owners = new ArrayList<>();
		for (int c = 0; c < 4; c++) {
			owners.add(companies.save(new Company("Fjord Systems " + c, null, null, now)));
		}
		Instant posted = week(now).plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
		try {
			clock.set(posted);
			for (int i = 0; i < 15; i++) {
				List<String> skills = new ArrayList<>(List.of("elixir"));
				if (i < 12) {
					skills.add("postgresql");
				}
				if (i % 4 == 0) {
					skills.add("kafka");
				}
				jobs.publish(owners.get(i % 4).getId(),
						SampleJobs
							.job("Elixir Engineer " + i, "Elixir services on the BEAM with PostgreSQL.",
									i < 10 ? WorkplaceType.REMOTE : WorkplaceType.ONSITE, List.of(REYKJAVIK),
									Seniority.SENIOR, yearly(100_000 + i * 10_000),
									skills.stream().map(slug -> new JobSkill(slug, true)).toList())
							.build());
			}
			for (int i = 0; i < 2; i++) {
				jobs.publish(owners.get(0).getId(), SampleJobs
					.job("Erlang Engineer " + i, "Erlang telecom switching.", WorkplaceType.ONSITE, List.of(REYKJAVIK),
							Seniority.MID, yearly(500_000), List.of(new JobSkill("erlang", true)))
					.build());
			}
		}
		finally {
			clock.reset();
		}
	}

	private static Salary yearly(long amount) {
		return new Salary(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), "USD", SalaryPeriod.YEAR);
	}

}
