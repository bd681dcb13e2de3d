package dev.backboard.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.Actor;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.FacetValue;
import dev.backboard.search.JobHit;
import dev.backboard.search.JobQuery;
import dev.backboard.search.SearchSort;
import dev.backboard.skills.Taxonomy;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facet counts are exact: on a few hundred random searches over generated jobs, every
 * count shown equals the number of jobs the same search finds with that value chosen
 * alone (skills: added), and the per-segment counts equal the engine's aggregations, on
 * fresh, closed and merged data alike. The embedded index's own ranking gives the
 * engine's pages, snippets included.
 */
@SpringBootTest(
		properties = { "backboard.data-dir=target/test-data/facets-${random.uuid}", "backboard.demo.enabled=true",
				"backboard.demo.jobs=3000", "spring.main.banner-mode=off", "logging.level.root=warn" })
@Import(FacetEquivalenceIntegrationTests.FixedClock.class)
class FacetEquivalenceIntegrationTests {

	private static final int SEARCHES = 200;

	private static final List<String> TEXT = List.of("backend", "engineer", "java", "python", "golang", "remote",
			"platform", "\"data engineer\"", "kubernetes -java", "rust OR go", "senior", "api", "payments", "postgres",
			"distributed systems");

	@Autowired
	FacetCounter counter;

	@Autowired
	FacetLabels labels;

	@Autowired
	QueryResolver resolver;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MutableClock clock;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Test
	void usesThePerSegmentCounterOnTheEmbeddedIndex() {
		assertThat(counter).isInstanceOf(SegmentFacetCounter.class);
	}

	@Test
	void everyCountShownIsTheTotalOfChoosingThatValueAndMatchesTheEngine() {
		EngineAggregationFacetCounter engine = new EngineAggregationFacetCounter(labels);
		// Every segment through the background build: the first searches count from doc
		// values, the later ones from the structures.
		SegmentFacetCounter backgroundBuilt = new SegmentFacetCounter(labels, 0);
		Random random = new Random(7);
		Values values = values();
		int nonEmpty = 0;
		for (int i = 0; i < SEARCHES; i++) {
			JobQuery query = randomQuery(random, values);
			ResolvedQuery resolved = resolver.resolve(query);
			Instant now = clock.instant();
			FacetCounts counts = inSession(session -> counter.count(session, resolved, now));
			assertSameCounts(query, counts, inSession(session -> engine.count(session, resolved, now)));
			assertSameCounts(query, counts, inSession(session -> backgroundBuilt.count(session, resolved, now)));
			assertThat(counts.total()).as(query.toQueryString()).isEqualTo(total(resolved));
			for (FacetGroup group : FacetGroup.values()) {
				for (FacetValue value : labels.facet(group, counts.of(group), resolved).values()) {
					JobQuery chosen = choose(query, group, value.value());
					assertThat(value.count()).as("%s in %s of %s", value.value(), group, query.toQueryString())
						.isEqualTo(total(resolver.resolve(chosen)));
				}
			}
			nonEmpty += counts.total() > 0 ? 1 : 0;
		}
		assertThat(nonEmpty).as("searches that found jobs").isGreaterThan(SEARCHES / 2);
	}

	@Test
	void everyPageRanksAsTheEngineRanks() {
		HitFinder lucene = new LuceneHitFinder(taxonomy);
		HitFinder engine = new EngineHitFinder(taxonomy);
		Random random = new Random(11);
		Values values = values();
		int compared = 0;
		for (int i = 0; i < SEARCHES; i++) {
			ResolvedQuery resolved = resolver.resolve(randomQuery(random, values));
			Instant now = clock.instant();
			for (int offset : new int[] { 0, 20 }) {
				List<JobHit> ours = inSession(session -> lucene.page(session, resolved, now, offset, 20));
				List<JobHit> theirs = inSession(session -> engine.page(session, resolved, now, offset, 20));
				assertThat(ours).as("page at %d of %s", offset, resolved.query().toQueryString())
					.usingRecursiveComparison()
					.isEqualTo(theirs);
				compared += theirs.size();
			}
		}
		assertThat(compared).as("hits compared").isGreaterThan(SEARCHES * 10);
	}

	@Test
	void countsAJobAtItsCommitAndForgetsItWhenClosedOrMerged() {
		ResolvedQuery all = resolver.resolve(JobQuery.empty());
		ResolvedQuery word = resolver.resolve(JobQuery.builder().q("zanzibarfacet").build());
		FacetCounts before = count(all);
		Company company = companies.save(new Company("Zanzibar Facets", null, null, clock.instant()));

		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job("Zanzibarfacet Engineer", "Counting facets in Zanzibarfacet.", WorkplaceType.REMOTE,
							List.of(SampleJobs.BERLIN), Seniority.STAFF, null, List.of())
					.build());

		FacetCounts published = count(word);
		assertThat(published.total()).isEqualTo(1);
		assertThat(published.of(FacetGroup.WORKPLACE)).isEqualTo(Map.of(WorkplaceType.REMOTE, 1L));
		assertThat(published.of(FacetGroup.COMPANY)).isEqualTo(Map.of(company.getId(), 1L));
		assertThat(count(all).total()).isEqualTo(before.total() + 1);

		jobs.close(company.getId(), job.getId(), Actor.system());

		assertThat(count(word).total()).isZero();
		assertThat(count(word).of(FacetGroup.WORKPLACE)).isEmpty();
		assertSameCounts(JobQuery.empty(), count(all), before);

		Search.mapping(entityManagerFactory).scope(Job.class).workspace().mergeSegments();

		assertSameCounts(JobQuery.empty(), count(all), before);
		assertSameCounts(JobQuery.empty(), count(all),
				inSession(session -> new EngineAggregationFacetCounter(labels).count(session, all, clock.instant())));
	}

	private FacetCounts count(ResolvedQuery query) {
		return inSession(session -> counter.count(session, query, clock.instant()));
	}

	private static void assertSameCounts(JobQuery query, FacetCounts actual, FacetCounts expected) {
		assertThat(actual.total()).as("total of %s", query.toQueryString()).isEqualTo(expected.total());
		for (FacetGroup group : FacetGroup.values()) {
			assertThat(List.copyOf(actual.of(group).entrySet())).as("%s of %s", group, query.toQueryString())
				.isEqualTo(List.copyOf(expected.of(group).entrySet()));
		}
	}

	/** The number of jobs a search finds, from the engine without any facet. */
	private long total(ResolvedQuery query) {
		Instant now = clock.instant();
		return inSession(session -> {
			SearchScope<Job> scope = session.scope(Job.class);
			return session.search(scope)
				.where(JobPredicates.of(scope.predicate(), query, null, now))
				.fetchTotalHitCount();
		});
	}

	/** The search with one facet value chosen alone in its group, or a skill added. */
	private static JobQuery choose(JobQuery query, FacetGroup group, String value) {
		if (group == FacetGroup.SKILLS) {
			return query.skills().contains(value) ? query : query.toggle(group.parameter(), value);
		}
		return query.with(group.parameter(), value);
	}

	private JobQuery randomQuery(Random random, Values values) {
		JobQuery.Builder query = JobQuery.builder();
		if (random.nextInt(3) > 0) {
			query.q(pick(random, TEXT));
		}
		if (random.nextInt(4) == 0) {
			query.skills(pick(random, values.skills()));
		}
		if (random.nextInt(3) == 0) {
			query.workplace(some(random, List.of(WorkplaceType.values())));
		}
		if (random.nextInt(4) == 0) {
			query.country(some(random, values.countries()));
		}
		if (random.nextInt(4) == 0) {
			query.seniority(some(random, List.of(Seniority.values())));
		}
		if (random.nextInt(5) == 0) {
			query.employment(some(random, List.of(EmploymentType.values())));
		}
		if (random.nextInt(4) == 0) {
			String currency = pick(random, List.of("USD", "EUR", "GBP", "INR"));
			query.currency(currency).salaryMin(pick(random, labels.salaryBands(currency)));
		}
		else if (random.nextInt(3) == 0) {
			query.currency(pick(random, List.of("EUR", "JPY")));
		}
		if (random.nextInt(4) == 0) {
			query.postedWithin(pick(random, List.of(1, 3, 7, 14, 30)));
		}
		if (random.nextInt(6) == 0) {
			query.company(some(random, values.companies()));
		}
		if (random.nextInt(10) == 0) {
			query.near("Berlin").radius(300);
		}
		if (random.nextInt(10) == 0) {
			query.remoteFrom("DE");
		}
		if (random.nextInt(10) == 0) {
			query.visa(true);
		}
		return query.sort(pick(random, List.of(SearchSort.values()))).build();
	}

	/** Values that occur in the generated jobs, read from the facets of all of them. */
	private Values values() {
		ResolvedQuery all = resolver.resolve(JobQuery.empty());
		FacetCounts counts = count(all);
		Function<FacetGroup, List<String>> shown = group -> labels.facet(group, counts.of(group), all)
			.values()
			.stream()
			.map(FacetValue::value)
			.toList();
		return new Values(shown.apply(FacetGroup.SKILLS), shown.apply(FacetGroup.COUNTRY),
				shown.apply(FacetGroup.COMPANY));
	}

	private record Values(List<String> skills, List<String> countries, List<String> companies) {
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static <T> List<T> some(Random random, List<T> values) {
		List<T> some = new ArrayList<>();
		int n = 1 + random.nextInt(2);
		for (int i = 0; i < n; i++) {
			T value = pick(random, values);
			if (!some.contains(value)) {
				some.add(value);
			}
		}
		return some;
	}

	private <T> T inSession(Function<SearchSession, T> work) {
		try (var session = entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
			return work.apply(Search.session(session));
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		/**
		 * A clock that stands still, so that posting ages are the same in every count.
		 */
		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock();
		}

	}

}
