package dev.backboard.search;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.EngineFailures;
import dev.backboard.search.internal.FacetCounter;
import dev.backboard.search.internal.FacetCounts;
import dev.backboard.search.internal.FacetLabels;
import dev.backboard.search.internal.FacetGroup;
import dev.backboard.search.internal.HitFinder;
import dev.backboard.search.internal.HitProjection;
import dev.backboard.search.internal.JobPredicates;
import dev.backboard.search.internal.QueryResolver;
import dev.backboard.search.internal.ResolvedQuery;
import dev.backboard.search.internal.ResultCache;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.search.internal.Suggester;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.stereotype.Service;

/**
 * The search module's API: results with facets, the landing page's figures, similar jobs.
 * Every answer comes from the index; none scans the database.
 */
@Service
public class JobSearch {

	private final SessionFactory sessionFactory;

	private final QueryResolver resolver;

	private final FacetCounter facetCounter;

	private final HitFinder hitFinder;

	private final ResultCache cache;

	private final FacetLabels labels;

	private final Suggester suggester;

	private final Taxonomy taxonomy;

	private final Clock clock;

	private final SearchIndexInitializer initializer;

	/**
	 * One thread fewer than the cores, none kept idle for long, and no queue: a search
	 * that finds no idle thread counts its facets itself.
	 */
	private final ThreadPoolExecutor facetThreads = new ThreadPoolExecutor(0,
			Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
			Thread.ofPlatform().name("facet-count-", 0).daemon(true).factory(),
			new ThreadPoolExecutor.CallerRunsPolicy());

	JobSearch(EntityManagerFactory entityManagerFactory, QueryResolver resolver, FacetCounter facetCounter,
			HitFinder hitFinder, ResultCache cache, FacetLabels labels, Suggester suggester, Taxonomy taxonomy,
			Clock clock, SearchIndexInitializer initializer) {
		this.initializer = initializer;
		this.suggester = suggester;
		this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
		this.resolver = resolver;
		this.facetCounter = facetCounter;
		this.hitFinder = hitFinder;
		this.cache = cache;
		this.labels = labels;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/**
	 * Answers a query with one page of hits and the facets of all matching jobs, counted
	 * by the backend's {@link FacetCounter}.
	 * @throws InvalidSearch when a parameter cannot be honoured
	 */
	public JobSearchResult search(JobQuery query) {
		ResolvedQuery resolved = resolver.resolve(query);
		// Searches are to the minute (as is "posted within", see QueryResolver), so that
		// the same search in the same minute on the same index has one answer to keep.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		return inSession(session -> cache.get(session, query, now, () -> {
			JobSearchResult result = execute(session, resolved, now);
			// Fuzzy matching is costly, so it is the fallback for a search that found
			// nothing.
			return result.total() == 0 && resolved.canBeFuzzy() ? execute(session, resolved.withFuzzyMatching(), now)
					: result;
		}));
	}

	private JobSearchResult execute(SearchSession session, ResolvedQuery resolved, Instant now) {
		JobQuery query = resolved.query();
		int size = query.sizeOrDefault();
		// Facets are counted on another core while the page is ranked, when one is idle;
		// otherwise (a busy node) on this thread, before the ranking.
		CompletableFuture<FacetCounts> counting = CompletableFuture
			.supplyAsync(() -> inOwnSession(own -> facetCounter.count(own, resolved, now)), facetThreads);
		List<JobHit> hits = hitFinder.page(session, resolved, now, (query.pageOrDefault() - 1) * size, size);
		FacetCounts counts = joined(counting);
		List<Facet> facetList = new ArrayList<>();
		for (FacetGroup group : FacetGroup.values()) {
			facetList.add(labels.facet(group, counts.of(group), resolved));
		}
		return new JobSearchResult(query, counts.total(), hits, facetList, resolved.interpretation());
	}

	/**
	 * The cheap pre-test of a query's filters on a job's own fields, for matching new
	 * jobs against saved searches.
	 * @throws InvalidSearch when a parameter cannot be honoured
	 */
	public MatchFilter matchFilter(JobQuery query) {
		return new MatchFilter(resolver.resolve(query));
	}

	/**
	 * Those of the jobs that running the query would return now, on any page: the query's
	 * own predicates restricted to these ids. When the query finds nothing at all, the
	 * search loosens its spelling, and so does this.
	 * @throws InvalidSearch when a parameter cannot be honoured
	 */
	public Set<Long> matchingAmong(JobQuery query, Collection<Long> jobIds) {
		if (jobIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(matching(query, f -> f.id().matchingAny(jobIds).toPredicate(), jobIds.size(), false));
	}

	/**
	 * The jobs that running the query returns now among those published, edited or
	 * otherwise changed at or after the instant: what started to match a saved search
	 * since it was last mailed. When the query finds nothing at all, the search loosens
	 * its spelling, and so does this.
	 * @param limit the most jobs returned, newest posted first
	 * @throws InvalidSearch when a parameter cannot be honoured
	 */
	public List<Long> matchingChangedSince(JobQuery query, Instant since, int limit) {
		// The index keeps milliseconds.
		return matching(query, f -> JobPredicates.changedSince(f, since.truncatedTo(ChronoUnit.MILLIS)), limit, true);
	}

	/**
	 * The query's own predicates within the restriction, with the search's loosened
	 * spelling when the query finds nothing at all.
	 */
	private List<Long> matching(JobQuery query, Function<SearchPredicateFactory, SearchPredicate> restriction,
			int limit, boolean newestFirst) {
		ResolvedQuery resolved = resolver.resolve(query);
		Instant now = clock.instant();
		return inSession(session -> {
			SearchScope<Job> scope = session.scope(Job.class);
			SearchPredicate within = restriction.apply(scope.predicate());
			List<Long> found = within(session, scope, JobPredicates.of(scope.predicate(), resolved, null, now), within,
					limit, newestFirst);
			if (found.isEmpty() && resolved.canBeFuzzy() && !findsAnything(session, scope, resolved, now)) {
				return within(session, scope,
						JobPredicates.of(scope.predicate(), resolved.withFuzzyMatching(), null, now), within, limit,
						newestFirst);
			}
			return found;
		});
	}

	private static List<Long> within(SearchSession session, SearchScope<Job> scope, SearchPredicate predicate,
			SearchPredicate restriction, int limit, boolean newestFirst) {
		SearchPredicateFactory f = scope.predicate();
		SearchPredicate where = f.bool().must(predicate).filter(restriction).toPredicate();
		SearchSort sort = newestFirst ? scope.sort().field("postedAt").desc().toSort() : scope.sort().score().toSort();
		return session.search(scope).select(f2 -> f2.id(Long.class)).where(where).sort(sort).fetchHits(limit);
	}

	/**
	 * Whether the query, spelled as given, finds any job now: when it finds none, the
	 * search loosens its spelling.
	 * @throws InvalidSearch when a parameter cannot be honoured
	 */
	public boolean findsAnything(JobQuery query) {
		ResolvedQuery resolved = resolver.resolve(query);
		Instant now = clock.instant();
		return inSession(session -> findsAnything(session, session.scope(Job.class), resolved, now));
	}

	private static boolean findsAnything(SearchSession session, SearchScope<Job> scope, ResolvedQuery resolved,
			Instant now) {
		// In index order, the first hit ends the search.
		return !session.search(scope)
			.select(f -> f.id(Long.class))
			.where(JobPredicates.of(scope.predicate(), resolved, null, now))
			.sort(f -> f.indexOrder())
			.totalHitCountThreshold(1)
			.fetchHits(1)
			.isEmpty();
	}

	/** Those of the jobs that the index holds now. */
	public Set<Long> indexedAmong(Collection<Long> jobIds) {
		if (jobIds.isEmpty()) {
			return Set.of();
		}
		return inSession(session -> {
			SearchScope<Job> scope = session.scope(Job.class);
			SearchPredicateFactory f = scope.predicate();
			return Set.copyOf(within(session, scope, f.matchAll().toPredicate(),
					f.id().matchingAny(jobIds).toPredicate(), jobIds.size(), false));
		});
	}

	/** Published jobs, employers and top skills, for the landing page. */
	public BoardStats stats() {
		return inSession(session -> {
			AggregationKey<Long> companies = AggregationKey.of("companies");
			AggregationKey<Map<WorkplaceType, Long>> workplace = AggregationKey.of("workplace");
			AggregationKey<Map<String, Long>> skills = AggregationKey.of("skills");
			SearchResult<Long> result = session.search(Job.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.matchAll())
				.aggregation(companies, f -> f.count().field("company.slug").distinct())
				.aggregation(workplace, f -> f.terms().field("workplaceType", WorkplaceType.class))
				.aggregation(skills, f -> f.terms().field("skills", String.class).maxTermCount(12))
				.fetch(0);
			long total = result.total().hitCount();
			long remote = result.aggregation(workplace).getOrDefault(WorkplaceType.REMOTE, 0L);
			List<FacetValue> topSkills = result.aggregation(skills)
				.entrySet()
				.stream()
				.map(e -> new FacetValue(e.getKey(), skillName(e.getKey()), e.getValue(), false))
				.toList();
			return new BoardStats(total, result.aggregation(companies), total == 0 ? 0 : (double) remote / total,
					topSkills);
		});
	}

	/** Published jobs that share the most technologies with the given one, best first. */
	public List<JobHit> similar(long jobId, Collection<String> skills, String title, int limit) {
		return inSession(session -> {
			SearchScope<Job> scope = session.scope(Job.class);
			SearchPredicateFactory f = scope.predicate();
			var bool = f.bool();
			skills.forEach(skill -> bool.should(f.match().field("skills").matching(skill)));
			bool.should(f.match().field("title").matching(title).boost(0.5f));
			bool.mustNot(f.id().matching(jobId));
			SearchSort sort = scope.sort().score().then().field("postedAt").desc().toSort();
			return hitQuery(session, scope, bool.minimumShouldMatchNumber(1).toPredicate(), sort).fetchHits(limit);
		});
	}

	/** The newest published jobs, or only the featured ones. */
	public List<JobHit> latest(boolean featuredOnly, int limit) {
		return inSession(session -> {
			SearchScope<Job> scope = session.scope(Job.class);
			SearchPredicateFactory f = scope.predicate();
			SearchPredicate where = featuredOnly ? f.match().field("featured").matching(true).toPredicate()
					: f.matchAll().toPredicate();
			return hitQuery(session, scope, where, scope.sort().field("postedAt").desc().toSort()).fetchHits(limit);
		});
	}

	/** Completions for what a candidate has typed so far, a few of each kind. */
	public List<Suggestion> suggest(String prefix, int limit) {
		return inSession(session -> suggester.suggest(session, prefix, limit));
	}

	/**
	 * A query for result cards: projected from the index, with the description's matches
	 * marked.
	 */
	private SearchQueryOptionsStep<?, ?, JobHit, ?, ?, ?> hitQuery(SearchSession session, SearchScope<Job> scope,
			SearchPredicate where, SearchSort sort) {
		return session.search(scope)
			.select(HitProjection.of(scope.projection(), taxonomy))
			.where(where)
			.sort(sort)
			.highlighter(HitProjection::highlighter);
	}

	private String skillName(String slug) {
		return taxonomy.bySlug(slug).map(Skill::name).orElse(slug);
	}

	private <T> T inOwnSession(Function<SearchSession, T> work) {
		try (Session session = sessionFactory.openSession()) {
			return work.apply(Search.session(session));
		}
	}

	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	@PreDestroy
	void stop() {
		facetThreads.shutdown();
	}

	private <T> T inSession(Function<SearchSession, T> work) {
		// Fails while a rebuild drops and refills the embedded index: opening the index
		// then could break the rebuild.
		Lock indexInUse = initializer.searchLock();
		if (!indexInUse.tryLock()) {
			throw new SearchUnavailable(null);
		}
		try {
			if (!initializer.isReady()) {
				throw new SearchUnavailable(null);
			}
			// A plain session outside any transaction: projections come from the
			// index, so no connection is taken from the pool.
			try (Session session = sessionFactory.openSession()) {
				return work.apply(Search.session(session));
			}
			catch (SearchException ex) {
				if (!initializer.isReady() || EngineFailures.isUnavailable(ex)) {
					throw new SearchUnavailable(ex);
				}
				throw ex;
			}
		}
		finally {
			indexInUse.unlock();
		}
	}

}
