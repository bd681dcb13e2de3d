package dev.backboard.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.backboard.geo.Gazetteer;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.WorkplaceType;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTests {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final Set<String> TAXONOMY_SLUGS = Set.of("go", "java", "kotlin", "python", "ruby", "nodejs", "typescript",
			"javascript", "csharp", "dotnet", "rust", "scala", "elixir", "php", "cpp", "clojure", "erlang",
			"spring-boot", "spring", "django", "flask", "fastapi", "rails", "express", "nestjs", "laravel",
			"aspnet-core", "gin", "quarkus", "micronaut", "phoenix", "ktor", "hibernate", "postgresql", "mysql",
			"mongodb", "redis", "cassandra", "elasticsearch", "opensearch", "dynamodb", "cockroachdb", "clickhouse",
			"snowflake", "bigquery", "mariadb", "sql-server", "neo4j", "kafka", "rabbitmq", "aws-sqs", "google-pubsub",
			"nats", "pulsar", "aws", "google-cloud", "azure", "aws-lambda", "kubernetes", "docker", "terraform", "helm",
			"ansible", "linux", "nginx", "istio", "argocd", "prometheus", "grafana", "datadog", "opentelemetry", "git",
			"graphql", "grpc", "rest-api", "ci-cd", "tdd", "microservices", "distributed-systems", "ddd",
			"event-driven-architecture", "github-actions", "jenkins", "gitlab-ci", "junit", "pytest", "celery",
			"sidekiq", "airflow", "spark", "flink", "dbt", "protobuf", "openapi", "oauth", "sql");

	static DemoDataGenerator generator;

	static List<DemoJob> jobs;

	@BeforeAll
	static void generateFiveThousandJobs() {
		generator = generator(42);
		jobs = IntStream.range(0, 5_000).mapToObj(generator::job).toList();
	}

	static DemoDataGenerator generator(long seed) {
		return new DemoDataGenerator(seed, NOW, new Gazetteer().all(), DemoDataGenerator.companyCountFor(5_000));
	}

	@Test
	void sameSeedGivesIdenticalData() {
		DemoDataGenerator again = generator(42);
		assertThat(again.companies()).isEqualTo(generator.companies());
		assertThat(IntStream.range(0, 5_000).mapToObj(again::job).toList()).isEqualTo(jobs);
	}

	@Test
	void anotherSeedGivesOtherData() {
		DemoDataGenerator other = generator(7);
		assertThat(other.companies()).isNotEqualTo(generator.companies());
		assertThat(other.job(0)).isNotEqualTo(jobs.get(0));
	}

	@Test
	void anyJobCanBeGeneratedOnItsOwn() {
		DemoDataGenerator fresh = generator(42);
		assertThat(fresh.job(4_321)).isEqualTo(jobs.get(4_321));
		assertThat(fresh.job(17)).isEqualTo(jobs.get(17));
	}

	@Test
	void fiveThousandJobsSpreadOverManyCitiesCountriesAndCompanies() {
		Set<String> cities = jobs.stream()
			.flatMap(job -> job.locations().stream())
			.map(JobLocation::label)
			.collect(Collectors.toSet());
		Set<String> countries = jobs.stream()
			.flatMap(job -> job.locations().stream())
			.map(JobLocation::countryCode)
			.collect(Collectors.toSet());
		Set<Integer> companies = jobs.stream().map(DemoJob::companyIndex).collect(Collectors.toSet());
		assertThat(cities).hasSizeGreaterThanOrEqualTo(40);
		assertThat(countries).hasSizeGreaterThanOrEqualTo(15);
		assertThat(generator.companyCount()).isEqualTo(333);
		assertThat(companies).hasSizeGreaterThanOrEqualTo(300);
	}

	@Test
	void mixesWorkplaceTypesAndFeaturesLikeARealBoard() {
		Map<WorkplaceType, Long> byType = jobs.stream()
			.collect(Collectors.groupingBy(DemoJob::workplaceType, Collectors.counting()));
		assertThat(byType).containsOnlyKeys(WorkplaceType.values());
		assertThat(share(job -> job.workplaceType() == WorkplaceType.REMOTE)).isBetween(0.34, 0.46);
		assertThat(share(job -> job.workplaceType() == WorkplaceType.HYBRID)).isBetween(0.24, 0.36);
		assertThat(share(DemoJob::featured)).isBetween(0.05, 0.11);
		assertThat(share(job -> job.salary() == null)).isBetween(0.11, 0.19);
		assertThat(share(job -> job.locations().size() > 1)).isBetween(0.03, 0.2);
		assertThat(share(DemoJob::visaSponsorship)).isBetween(0.03, 0.25);
		assertThat(share(DemoJob::relocation)).isBetween(0.03, 0.25);
		assertThat(share(job -> job.applyEmail() != null)).isBetween(0.08, 0.22);
	}

	@Test
	void remoteJobsSayWhomTheyAreOpenTo() {
		List<DemoJob> remote = jobs.stream().filter(job -> job.workplaceType() == WorkplaceType.REMOTE).toList();
		assertThat(remote).anyMatch(job -> job.remoteCountries().isEmpty() && job.timezoneMin() == null);
		assertThat(remote).anyMatch(job -> job.remoteCountries().size() > 1 && job.timezoneMin() != null);
		assertThat(remote).allMatch(job -> job.timezoneMin() == null || (job.timezoneMax() != null
				&& job.timezoneMin() <= job.timezoneMax() && job.timezoneMin() >= -12 && job.timezoneMax() <= 14));
		assertThat(remote).allMatch(job -> job.remoteCountries().stream().allMatch(code -> code.matches("[A-Z]{2}")));
		assertThat(jobs).filteredOn(job -> job.workplaceType() != WorkplaceType.REMOTE)
			.allMatch(
					job -> !job.locations().isEmpty() && job.remoteCountries().isEmpty() && job.timezoneMin() == null);
	}

	@Test
	void salariesAreOrderedAndInConfiguredCurrencies() {
		Set<String> currencies = DemoFixtures.configuredRates().keySet();
		List<Salary> salaries = jobs.stream().map(DemoJob::salary).filter(Objects::nonNull).toList();
		assertThat(salaries).allMatch(
				salary -> salary.min() == null || salary.max() == null || salary.min().compareTo(salary.max()) <= 0);
		assertThat(salaries).allMatch(salary -> salary.min() != null || salary.max() != null);
		assertThat(salaries).allMatch(salary -> currencies.contains(salary.currency()));
		assertThat(salaries.stream().map(Salary::period).distinct()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(salaries.stream().map(Salary::currency).distinct().count()).isGreaterThanOrEqualTo(20);
	}

	@Test
	void salariesFitTheLevelOnceAnnualized() {
		var normalizer = DemoFixtures.normalizer();
		assertThat(jobs).filteredOn(job -> job.salary() != null && job.salary().min() != null)
			.allSatisfy(job -> assertThat(normalizer.annualize(job.salary()).min().doubleValue())
				.as(job.title() + " " + job.salary())
				.isBetween(3_000.0, 700_000.0));
		double seniorUs = medianUsdMinimum(normalizer, "Senior", "USD");
		double juniorUs = medianUsdMinimum(normalizer, "Junior", "USD");
		assertThat(seniorUs).isBetween(130_000.0, 230_000.0);
		assertThat(juniorUs).isLessThan(seniorUs);
	}

	private static double medianUsdMinimum(SalaryNormalizer normalizer, String level, String currency) {
		double[] values = jobs.stream()
			.filter(job -> job.title().startsWith(level) && job.salary() != null && job.salary().min() != null
					&& job.salary().currency().equals(currency) && job.salary().period() == SalaryPeriod.YEAR)
			.mapToDouble(job -> normalizer.annualize(job.salary()).min().doubleValue())
			.sorted()
			.toArray();
		assertThat(values).isNotEmpty();
		return values[values.length / 2];
	}

	@Test
	void postedWithinTheLastSixtyDaysAndStillValid() {
		Instant earliest = NOW.minus(Duration.ofDays(60));
		assertThat(jobs).allSatisfy(job -> {
			assertThat(job.postedAt()).isBetween(earliest, NOW);
			assertThat(Duration.between(job.postedAt(), job.validThrough()).toDays()).isBetween(45L, 90L);
			assertThat(job.validThrough()).isAfter(NOW);
		});
		long lastWeek = jobs.stream().filter(job -> job.postedAt().isAfter(NOW.minus(Duration.ofDays(7)))).count();
		long weekFromSixty = jobs.stream()
			.filter(job -> job.postedAt().isBefore(earliest.plus(Duration.ofDays(7))))
			.count();
		assertThat(lastWeek).isGreaterThan(2 * weekFromSixty);
	}

	@Test
	void usesOnlySkillsOfTheTaxonomy() {
		Set<String> used = jobs.stream()
			.flatMap(job -> job.skills().stream())
			.map(JobSkill::skill)
			.collect(Collectors.toSet());
		assertThat(TAXONOMY_SLUGS).containsAll(used);
		assertThat(used).hasSizeGreaterThan(70);
		assertThat(jobs).allSatisfy(job -> {
			assertThat(job.skills()).extracting(JobSkill::skill).doesNotHaveDuplicates();
			assertThat(job.skills()).anyMatch(JobSkill::required);
		});
	}

	@Test
	void skillsAreExactlyTheTechnologiesTheTextMentions() {
		assertThat(jobs).allSatisfy(job -> {
			Set<String> mentioned = TechMentions.in(job.title() + "\n" + job.descriptionMarkdown());
			Set<String> skills = job.skills().stream().map(JobSkill::skill).collect(Collectors.toSet());
			assertThat(mentioned).as(job.title()).isEqualTo(skills);
		});
	}

	@Test
	void descriptionsAreMultiParagraphMarkdownThatVaries() {
		assertThat(jobs).allSatisfy(job -> {
			assertThat(job.title()).hasSizeBetween(5, 150);
			assertThat(job.descriptionMarkdown()).hasSizeBetween(1_200, 50_000)
				.contains("\n\n- ")
				.contains(generator.company(job.companyIndex()).name());
		});
		Set<String> openings = jobs.stream()
			.map(job -> job.descriptionMarkdown().lines().skip(2).findFirst().orElseThrow())
			.collect(Collectors.toSet());
		assertThat(openings).hasSizeGreaterThan(1_000);
		Set<String> titles = jobs.stream().map(DemoJob::title).collect(Collectors.toSet());
		assertThat(titles).hasSizeGreaterThan(1_500);
	}

	@Test
	void slugsAreUniqueAndEndInASixCharacterSuffix() {
		Set<String> slugs = new HashSet<>();
		jobs.forEach(job -> slugs.add(job.slug()));
		assertThat(slugs).hasSize(jobs.size());
		assertThat(jobs)
			.allSatisfy(job -> assertThat(job.slug()).matches("[a-z0-9-]+-[a-z0-9]{6}").hasSizeLessThan(200));
		SlugSuffixes suffixes = new SlugSuffixes(42);
		Set<String> many = new HashSet<>();
		IntStream.range(0, 300_000).forEach(index -> many.add(suffixes.of(index)));
		assertThat(many).hasSize(300_000);
	}

	@Test
	void applyOnTheCompanySiteOrByEmail() {
		assertThat(jobs).allSatisfy(job -> {
			String domain = generator.company(job.companyIndex()).website().substring("https://".length());
			if (job.applyUrl() != null) {
				assertThat(job.applyEmail()).isNull();
				assertThat(job.applyUrl()).isEqualTo("https://" + domain + "/careers/" + job.slug());
			}
			else {
				assertThat(job.applyEmail()).endsWith("@" + domain);
			}
		});
	}

	@Test
	void companiesHaveDistinctNamesOnExampleDomains() {
		List<DemoCompany> companies = generator.companies();
		assertThat(companies).extracting(DemoCompany::name).doesNotHaveDuplicates();
		assertThat(companies).allSatisfy(company -> {
			assertThat(company.name()).matches("[A-Z][a-z]+ [A-Z][A-Za-z]+");
			assertThat(company.website()).matches("https://[a-z]+\\.example");
			assertThat(company.logoUrl()).startsWith("data:image/svg+xml,").hasSizeLessThan(500);
		});
		DemoDataGenerator large = new DemoDataGenerator(42, NOW, new Gazetteer().all(),
				DemoDataGenerator.companyCountFor(1_000_000));
		assertThat(large.companyCount()).isEqualTo(66_666);
		assertThat(large.companies()).extracting(DemoCompany::slug).doesNotHaveDuplicates();
	}

	private static double share(Predicate<DemoJob> test) {
		return jobs.stream().filter(test).count() / (double) jobs.size();
	}

}
