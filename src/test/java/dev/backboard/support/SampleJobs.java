package dev.backboard.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * A small, known set of published jobs that search and page tests reason about.
 */
public class SampleJobs {

	public static final JobLocation BERLIN = new JobLocation("Berlin", "Berlin", "DE", 52.52, 13.405);

	public static final JobLocation POTSDAM = new JobLocation("Potsdam", "Brandenburg", "DE", 52.3906, 13.0645);

	public static final JobLocation MUNICH = new JobLocation("Munich", "Bavaria", "DE", 48.1351, 11.582);

	public static final JobLocation LONDON = new JobLocation("London", "England", "GB", 51.5072, -0.1276);

	public static final JobLocation NEW_YORK = new JobLocation("New York", "New York", "US", 40.7128, -74.006);

	public static final JobLocation SAN_FRANCISCO = new JobLocation("San Francisco", "California", "US", 37.7749,
			-122.4194);

	public static final JobLocation PARIS = new JobLocation("Paris", "Ile-de-France", "FR", 48.8566, 2.3522);

	private final JobService jobs;

	private final CompanyRepository companies;

	private final MutableClock clock;

	private final Map<String, Job> byKey = new LinkedHashMap<>();

	SampleJobs(JobService jobs, CompanyRepository companies, MutableClock clock) {
		this.jobs = jobs;
		this.companies = companies;
		this.clock = clock;
	}

	public Job get(String key) {
		return byKey.get(key);
	}

	public int count() {
		return byKey.size();
	}

	@EventListener(ApplicationReadyEvent.class)
	void publish() {
		if (!byKey.isEmpty()) {
			return;
		}
		Company acme = companies.save(new Company("Acme Payments", "https://acme.example", null, Instant.now()));
		Company lumen = companies.save(new Company("Lumen Labs", "https://lumen.example", null, Instant.now()));
		Company kestrel = companies.save(new Company("Kestrel Health", null, null, Instant.now()));
		Instant now = clock.instant();
		publish("go-remote-eu", acme, now.minus(Duration.ofDays(2)),
				job("Senior Backend Engineer, Payments (Go)",
						"We build payment rails in Go with PostgreSQL and Kafka. You will own services end to end.",
						WorkplaceType.REMOTE, List.of(BERLIN), Seniority.SENIOR,
						salary(80_000, 100_000, "EUR", SalaryPeriod.YEAR), skills("go", "postgresql", "kafka"))
					.remote(List.of("DE", "NL"), 0, 3)
					.build());
		publish("go-remote-anywhere", lumen, now.minus(Duration.ofDays(5)),
				job("Go Platform Engineer", "Kubernetes operators written in Go. Work from anywhere.",
						WorkplaceType.REMOTE, List.of(), Seniority.MID,
						salary(120_000, 150_000, "USD", SalaryPeriod.YEAR), skills("go", "kubernetes"))
					.build());
		publish("java-munich", kestrel, now.minus(Duration.ofDays(10)),
				job("Java Developer (Spring Boot)",
						"Spring Boot services on PostgreSQL for hospitals. Event sourcing experience is a plus.",
						WorkplaceType.ONSITE, List.of(MUNICH), Seniority.SENIOR,
						salary(70_000, 90_000, "EUR", SalaryPeriod.YEAR), skills("java", "spring-boot", "postgresql"))
					.build());
		publish("python-london", lumen, now.minus(Duration.ofDays(20)),
				job("Python Engineer, Data Platform", "Django and PostgreSQL, with Celery workers on Redis.",
						WorkplaceType.HYBRID, List.of(LONDON), Seniority.MID,
						salary(60_000, 75_000, "GBP", SalaryPeriod.YEAR), skills("python", "django", "postgresql"))
					.build());
		publish("node-new-york", acme, now.minus(Duration.ofDays(25)),
				job("Junior Node.js Developer", "TypeScript services on MongoDB. We mentor and pair every day.",
						WorkplaceType.ONSITE, List.of(NEW_YORK), Seniority.JUNIOR,
						salary(90_000, 110_000, "USD", SalaryPeriod.YEAR), skills("nodejs", "typescript", "mongodb"))
					.build());
		publish("rust-san-francisco", kestrel, now.minus(Duration.ofDays(1)),
				job("Staff Engineer, Storage (Rust)", "A distributed storage engine in Rust. We sponsor visas.",
						WorkplaceType.HYBRID, List.of(SAN_FRANCISCO), Seniority.STAFF,
						salary(200_000, 250_000, "USD", SalaryPeriod.YEAR), skills("rust", "kubernetes"))
					.visa()
					.build());
		publish("sre-paris-contract", acme, now.minus(Duration.ofDays(3)),
				job("Site Reliability Engineer (contract)", "Kubernetes on AWS, managed with Terraform.",
						WorkplaceType.ONSITE, List.of(PARIS), Seniority.SENIOR,
						salary(600, 700, "EUR", SalaryPeriod.DAY), skills("kubernetes", "terraform", "aws"))
					.employment(EmploymentType.CONTRACTOR)
					.build());
		publish("java-potsdam-no-salary", kestrel, now.minus(Duration.ofDays(7)),
				job("Backend Engineer (Java, Kafka)", "Java services and Kafka streams for logistics.",
						WorkplaceType.ONSITE, List.of(POTSDAM), Seniority.MID, null, skills("java", "kafka"))
					.build());
		publish("unsafe-description", lumen, now.minus(Duration.ofDays(4)),
				job("Backend Engineer, Integrations",
						"We integrate with **banks**.\n\n<script>alert('x')</script>\n\n"
								+ "<img src=x onerror=alert(1)> [click](javascript:alert(2))",
						WorkplaceType.HYBRID, List.of(BERLIN), Seniority.MID,
						salary(65_000, 80_000, "EUR", SalaryPeriod.YEAR), skills("python", "postgresql"))
					.build());
		clock.reset();
	}

	private void publish(String key, Company company, Instant postedAt, JobDetails details) {
		clock.set(postedAt);
		byKey.put(key, jobs.publish(company.getId(), details));
	}

	static Salary salary(long min, long max, String currency, SalaryPeriod period) {
		return new Salary(BigDecimal.valueOf(min), BigDecimal.valueOf(max), currency, period);
	}

	static List<JobSkill> skills(String... slugs) {
		return java.util.Arrays.stream(slugs).map(slug -> new JobSkill(slug, true)).toList();
	}

	public static DetailsBuilder job(String title, String description, WorkplaceType workplace,
			List<JobLocation> locations, Seniority seniority, Salary salary, List<JobSkill> skills) {
		return new DetailsBuilder(title, description, workplace, locations, seniority, salary, skills);
	}

	/**
	 * Job details with sensible defaults for what a test does not care about.
	 */
	public static final class DetailsBuilder {

		private final String title;

		private final String description;

		private final WorkplaceType workplace;

		private final List<JobLocation> locations;

		private final Seniority seniority;

		private final Salary salary;

		private final List<JobSkill> skills;

		private List<String> remoteCountries = List.of();

		private Integer timezoneMin;

		private Integer timezoneMax;

		private EmploymentType employment = EmploymentType.FULL_TIME;

		private boolean visa;

		DetailsBuilder(String title, String description, WorkplaceType workplace, List<JobLocation> locations,
				Seniority seniority, Salary salary, List<JobSkill> skills) {
			this.title = title;
			this.description = description;
			this.workplace = workplace;
			this.locations = locations;
			this.seniority = seniority;
			this.salary = salary;
			this.skills = skills;
		}

		public DetailsBuilder remote(List<String> countries, Integer timezoneMin, Integer timezoneMax) {
			this.remoteCountries = countries;
			this.timezoneMin = timezoneMin;
			this.timezoneMax = timezoneMax;
			return this;
		}

		public DetailsBuilder employment(EmploymentType employment) {
			this.employment = employment;
			return this;
		}

		public DetailsBuilder visa() {
			this.visa = true;
			return this;
		}

		public JobDetails build() {
			return new JobDetails(title, description, locations, workplace, remoteCountries, timezoneMin, timezoneMax,
					employment, seniority, salary, visa, false, skills, "https://jobs.example/apply", null);
		}

	}

}
