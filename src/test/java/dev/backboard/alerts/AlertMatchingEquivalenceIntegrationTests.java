package dev.backboard.alerts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.JobFacts;
import dev.backboard.search.JobHit;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.JobSearchResult;
import dev.backboard.search.MatchFilter;
import dev.backboard.search.MatchFilter.Verdict;
import dev.backboard.search.internal.TextAnalysis;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart of alerts: for random saved searches and random new jobs, the jobs announced
 * for a search are exactly the new jobs that running the search returns, with aliases,
 * typos, remote rules, radius and pay in the saved currency.
 */
@IntegrationTest
class AlertMatchingEquivalenceIntegrationTests {

	private static final List<String> TEXT = List.of("golang", "go", "postgres", "kubernetes", "java spring",
			"payments", "\"event sourcing\"", "pyhton", "engineer -junior", "rust OR kotlin", "k8s", "c#", "node.js",
			"distributed storage");

	private static final List<String> SKILLS = List.of("go", "postgresql", "java", "python", "kubernetes", "rust",
			"kafka", "aws", "spring-boot", "csharp", "nodejs");

	private static final List<JobLocation> PLACES = List.of(SampleJobs.BERLIN, SampleJobs.POTSDAM, SampleJobs.MUNICH,
			SampleJobs.LONDON, SampleJobs.NEW_YORK, SampleJobs.PARIS);

	private static final List<String> TITLES = List.of("Backend Engineer", "Go Developer", "Platform Engineer",
			"Senior Java Engineer", "Python Engineer", "Site Reliability Engineer", "Staff Engineer, Payments",
			"Distributed Storage Engineer", "C# Developer", "Node.js Engineer");

	private static final List<String> SENTENCES = List.of("We write Go services on PostgreSQL.",
			"Golang and Kafka power our payments.", "Spring Boot and Java for hospitals.",
			"Kubernetes operators and Terraform on AWS.", "Python and Django, with Redis.",
			"Event sourcing experience is a plus.", "A distributed storage engine in Rust.",
			"Node.js services on MongoDB.", "C# and .NET on Azure.", "We mentor junior engineers.",
			"Postgres tuning and replication.", "Kotlin microservices.");

	@Autowired
	JobService jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobSearch search;

	@Autowired
	Alerts alerts;

	@Autowired
	Users users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void announcedJobsAreExactlyTheNewJobsTheSavedSearchReturns() {
		long seed = Long.getLong("equivalence.seed", System.nanoTime());
		Random random = new Random(seed);
		AlertFixtures fixtures = new AlertFixtures(jobs, companies, jdbc, "Equivalence");
		// One person per search: a person hears of a job once, whichever of their
		// searches
		// matched it, so what each person heard of is what their one search matched.
		List<Long> searches = new ArrayList<>();
		List<Long> subscribers = new ArrayList<>();
		List<JobQuery> queries = new ArrayList<>();
		while (queries.size() < 60) {
			JobQuery query = randomQuery(random);
			try {
				search.matchFilter(query);
			}
			catch (dev.backboard.search.InvalidSearch ex) {
				continue;
			}
			queries.add(query);
			UserAccount person = users.create("Equivalence " + queries.size(), Role.CANDIDATE);
			searches.add(
					alerts
						.save(new Alerts.Request("Search " + queries.size(), query, Frequency.INSTANT, null, "UTC"),
								person.getId(), person.getEmail(), "203.0.113." + (queries.size() % 250))
						.searchId());
			subscribers.add(jdbc.sql("select subscriber_id from saved_search where id = :id")
				.param("id", searches.getLast())
				.query(Long.class)
				.single());
		}
		// One transaction: the index holds every new job when the first is matched, so
		// that a search that loosens its spelling when nothing matches exactly sees the
		// same index as the comparison below.
		Instant start = clock.instant();
		List<Long> newJobs = new ArrayList<>();
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 40; i++) {
				newJobs.add(fixtures.publish(randomJob(random, i)).getId());
			}
		});
		fixtures.awaitMatched(newJobs);

		List<JobFacts> facts = transactions
			.execute(status -> jobs.findAllById(newJobs).stream().map(JobFacts::of).toList());
		int decided = 0;
		for (int i = 0; i < searches.size(); i++) {
			Set<Long> announced = new HashSet<>(
					jdbc.sql("select job_id from alert_heard where subscriber_id = :subscriber")
						.param("subscriber", subscribers.get(i))
						.query(Long.class)
						.list());
			Set<Long> returned = returned(queries.get(i));
			returned.retainAll(newJobs);
			assertThat(announced).as("seed %d, saved search /jobs?%s", seed, queries.get(i).toQueryString())
				.isEqualTo(returned);
			// What a digest lists: the search run over the jobs changed since.
			Set<Long> digested = new HashSet<>(search.matchingChangedSince(queries.get(i), start, 1000));
			digested.retainAll(newJobs);
			assertThat(digested).as("seed %d, digest of /jobs?%s", seed, queries.get(i).toQueryString())
				.isEqualTo(returned);
			// Most pairs are decided without the index; each such verdict is the
			// search's.
			MatchFilter filter = search.matchFilter(queries.get(i));
			if (filter.canBeFuzzy() && !search.findsAnything(queries.get(i))) {
				continue;
			}
			for (JobFacts job : facts) {
				Verdict verdict = filter.verdict(job);
				if (verdict != Verdict.MAYBE) {
					decided++;
					assertThat(verdict)
						.as("seed %d, saved search /jobs?%s, job %d", seed, queries.get(i).toQueryString(), job.id())
						.isEqualTo(returned.contains(job.id()) ? Verdict.YES : Verdict.NO);
				}
			}
		}
		assertThat(decided).as("pairs decided without the index").isGreaterThan(searches.size() * facts.size() * 3 / 4);
		long matched = jdbc.sql("select count(*) from alert_heard where subscriber_id in (:ids)")
			.param("ids", subscribers)
			.query(Long.class)
			.single();
		assertThat(matched).as("the random searches match some of the random jobs").isPositive();
	}

	@Test
	void analysesWordsAsTheIndexDoes() {
		Analyzer english = Search.mapping(entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer("english")
			.orElseThrow();
		Analyzer exact = Search.mapping(entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer("exact")
			.orElseThrow();
		for (String text : List.of("C++ and C# on .NET, with Node.js and ASP.NET",
				"Go's concurrency; the team's Golang", "Naïve café résumés for the Staff Engineer, Payments",
				"Kubernetes operators, k8s and Terraform", "Head of Engineering - distributed systems (PostgreSQL 17)",
				"backbone.js #hashtag F# C++17")) {
			assertThat(TextAnalysis.english(text)).as(text).isEqualTo(TextAnalysis.analyze(english, text));
			assertThat(TextAnalysis.exact(text)).as(text).isEqualTo(TextAnalysis.analyze(exact, text));
		}
	}

	private Set<Long> returned(JobQuery query) {
		Set<Long> ids = new HashSet<>();
		int page = 1;
		JobSearchResult result;
		do {
			result = search.search(query.with("size", "100").withPage(page));
			ids.addAll(result.hits().stream().map(JobHit::id).collect(Collectors.toSet()));
			page++;
		}
		while (!result.hits().isEmpty() && ids.size() < result.total());
		return ids;
	}

	private static JobQuery randomQuery(Random random) {
		JobQuery.Builder query = JobQuery.builder();
		if (random.nextInt(3) > 0) {
			query.q(pick(random, TEXT));
		}
		if (random.nextInt(3) == 0) {
			query.skills(pick(random, SKILLS));
		}
		if (random.nextInt(4) == 0) {
			query.workplace(pick(random, List.of(WorkplaceType.values())));
		}
		if (random.nextInt(5) == 0) {
			query.country(pick(random, List.of("DE", "GB", "US", "FR")));
		}
		if (random.nextInt(6) == 0) {
			query.near(pick(random, List.of("Berlin", "London", "52.52,13.405")))
				.radius(pick(random, List.of(20, 50, 700)));
		}
		if (random.nextInt(6) == 0) {
			query.remoteFrom(pick(random, List.of("DE", "US", "NL")));
		}
		if (random.nextInt(4) == 0) {
			query.salaryMin(pick(random, List.of(50_000L, 80_000L, 120_000L)))
				.currency(pick(random, List.of("EUR", "USD", "GBP")));
		}
		if (random.nextInt(5) == 0) {
			query.seniority(pick(random, List.of(Seniority.values())));
		}
		if (random.nextInt(8) == 0) {
			query.employment(List.of(pick(random, List.of(EmploymentType.values()))));
		}
		if (random.nextInt(10) == 0) {
			query.visa(true);
		}
		return query.build();
	}

	private static dev.backboard.jobs.JobDetails randomJob(Random random, int n) {
		WorkplaceType workplace = pick(random, List.of(WorkplaceType.values()));
		List<JobLocation> places = workplace == WorkplaceType.REMOTE && random.nextBoolean() ? List.of()
				: List.of(pick(random, PLACES));
		String description = pick(random, SENTENCES) + " " + pick(random, SENTENCES) + " Team " + n + ".";
		Salary salary = random.nextInt(4) == 0 ? null
				: new Salary(BigDecimal.valueOf(40_000 + random.nextInt(60) * 1_000),
						BigDecimal.valueOf(100_000 + random.nextInt(80) * 1_000),
						pick(random, List.of("EUR", "USD", "GBP")), SalaryPeriod.YEAR);
		List<String> skills = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		while (skills.size() < count) {
			String skill = pick(random, SKILLS);
			if (!skills.contains(skill)) {
				skills.add(skill);
			}
		}
		SampleJobs.DetailsBuilder job = SampleJobs.job(pick(random, TITLES) + " " + n, description, workplace, places,
				pick(random, List.of(Seniority.values())), salary, AlertFixtures.skills(skills.toArray(String[]::new)))
			.employment(pick(random, List.of(EmploymentType.values())));
		if (workplace == WorkplaceType.REMOTE && random.nextBoolean()) {
			job.remote(List.of(pick(random, List.of("DE", "US", "GB"))), null, null);
		}
		if (random.nextInt(4) == 0) {
			job.visa();
		}
		return job.build();
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
