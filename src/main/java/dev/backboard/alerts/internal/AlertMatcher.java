package dev.backboard.alerts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.backboard.alerts.AlertsProperties;
import dev.backboard.core.scheduling.Rounds;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobFacts;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.SearchUnavailable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches queued jobs against the saved searches. A round claims a batch of queued jobs
 * with {@code SKIP LOCKED} (so two nodes never match the same job), waits for jobs the
 * search index does not hold yet, asks the {@link ReverseIndex} for the saved searches
 * whose filters let each job through, and has the search itself confirm them: each
 * distinct query runs once, restricted to the batch's candidate jobs, so an alert is by
 * construction a job its search returns. Matches, instant mails and the end of the queue
 * rows commit together.
 */
@Component
public class AlertMatcher {

	private static final Duration CLAIM = Duration.ofMinutes(2);

	private static final Duration NOT_YET_INDEXED_RETRY = Duration.ofSeconds(1);

	private static final Duration GATHER = Duration.ofMillis(250);

	private final JdbcClient jdbc;

	private final ReverseIndex index;

	private final QueryChecks checks;

	private final JobSearch search;

	private final JobService jobs;

	private final InstantAlerts instant;

	private final TransactionTemplate transactions;

	private final AlertsProperties properties;

	private final Clock clock;

	// A short wait gathers the jobs published together into one round: each distinct
	// saved query is confirmed once per round, whatever its size.
	private final Rounds rounds = new Rounds(this::matchPending, GATHER);

	// With a backlog (a round took a full batch), a second lane matches beside the first:
	// while one decides in Java, the other's statements run in PostgreSQL. Both claim
	// with SKIP LOCKED, as nodes do.
	private final Rounds second = new Rounds(this::matchPending);

	private final Timer matching;

	private final Timer deciding;

	private final Counter matchedJobs;

	AlertMatcher(JdbcClient jdbc, ReverseIndex index, QueryChecks checks, JobSearch search, JobService jobs,
			InstantAlerts instant, TransactionTemplate transactions, AlertsProperties properties, Clock clock,
			MeterRegistry meters) {
		this.matching = Timer.builder("backboard.alerts.matching")
			.description("Time spent matching batches of new jobs against saved searches")
			.register(meters);
		this.deciding = Timer.builder("backboard.alerts.deciding")
			.description("Of the matching time, the time spent deciding which saved searches new jobs match")
			.register(meters);
		this.matchedJobs = Counter.builder("backboard.alerts.matched.jobs")
			.description("New or edited jobs matched against saved searches")
			.register(meters);
		meters.gauge("backboard.alerts.saved.searches", index, ReverseIndex::size);
		this.jdbc = jdbc;
		this.index = index;
		this.checks = checks;
		this.search = search;
		this.jobs = jobs;
		this.instant = instant;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** Starts a matching round now, or right after the one that is running. */
	public void matchSoon() {
		rounds.runSoon();
	}

	/**
	 * Matches every queued job that can be matched now.
	 * @return how many queued jobs were done with
	 */
	public int matchPending() {
		int done = 0;
		List<Queued> batch;
		do {
			batch = claim();
			if (batch.size() == properties.batchSize()) {
				second.runSoon();
			}
			if (!batch.isEmpty()) {
				long start = System.nanoTime();
				int matched = match(batch);
				matching.record(Duration.ofNanos(System.nanoTime() - start));
				matchedJobs.increment(matched);
				done += matched;
			}
		}
		while (batch.size() == properties.batchSize());
		return done;
	}

	/**
	 * Checks, for at most the budget, whether the saved queries that may loosen their
	 * spelling and are due a check find anything as written.
	 * @return how many were checked
	 */
	public int checkQueries(Duration budget) {
		return checks.refreshDue(budget);
	}

	/** How many saved searches this node's reverse index holds. */
	public int indexedSearches() {
		index.catchUp();
		return index.size();
	}

	private List<Queued> claim() {
		return jdbc
			.sql("""
					update alert_job_queue set claimed_until = now() + make_interval(secs => :claim), attempts = attempts + 1
					where id in (select id from alert_job_queue
					             where claimed_until is null or claimed_until < now()
					             order by id limit :batch for update skip locked)
					returning id, job_id, enqueued_at""")
			.param("claim", CLAIM.toSeconds())
			.param("batch", properties.batchSize())
			.query((row, n) -> new Queued(row.getLong("id"), row.getLong("job_id"),
					row.getTimestamp("enqueued_at").toInstant()))
			.list();
	}

	private int match(List<Queued> batch) {
		index.catchUp();
		Set<Long> jobIds = new HashSet<>(batch.stream().map(Queued::jobId).toList());
		Set<Long> indexed;
		try {
			indexed = search.indexedAmong(jobIds);
		}
		catch (SearchUnavailable ex) {
			release(batch, CLAIM);
			return 0;
		}
		List<Queued> ready = new ArrayList<>();
		List<Queued> waiting = new ArrayList<>();
		Instant giveUp = clock.instant().minus(properties.indexWait());
		for (Queued queued : batch) {
			// Not in the index: not indexed yet, or no longer published (then it is given
			// up once the wait is over).
			(indexed.contains(queued.jobId()) || queued.enqueuedAt().isBefore(giveUp) ? ready : waiting).add(queued);
		}
		release(waiting, NOT_YET_INDEXED_RETRY);
		if (ready.isEmpty()) {
			return 0;
		}
		List<JobFacts> facts = facts(ready, indexed);
		long start = System.nanoTime();
		Map<Long, Set<Long>> matches = confirmed(facts);
		deciding.record(Duration.ofNanos(System.nanoTime() - start));
		transactions.executeWithoutResult(status -> {
			instant.record(matches);
			jdbc.sql("delete from alert_job_queue where id in (:ids)")
				.param("ids", ready.stream().map(Queued::id).toList())
				.update();
		});
		return ready.size();
	}

	private List<JobFacts> facts(List<Queued> ready, Set<Long> indexed) {
		Set<Long> ids = new HashSet<>();
		ready.stream().map(Queued::jobId).filter(indexed::contains).forEach(ids::add);
		List<JobFacts> facts = transactions
			.execute(status -> jobs.findAllById(ids).stream().filter(Job::isPublished).map(JobFacts::of).toList());
		return facts == null ? List.of() : facts;
	}

	/**
	 * Saved search id to the jobs it returns. Most are decided from the job's own fields
	 * and words; the index confirms the rest, each distinct query once for the batch.
	 */
	private Map<Long, Set<Long>> confirmed(List<JobFacts> facts) {
		Map<Long, Set<Long>> matches = new HashMap<>();
		// Query to (job to the saved searches with that query that the index decides).
		Map<String, Map<Long, Set<Long>>> undecided = new LinkedHashMap<>();
		for (JobFacts job : facts) {
			for (ReverseIndex.Entry entry : index.anchoredOn(job)) {
				switch (entry.filter().verdict(job)) {
					case YES -> {
						for (long id : entry.ids()) {
							matches.computeIfAbsent(id, s -> new HashSet<>()).add(job.id());
						}
					}
					case MAYBE -> undecided(undecided, entry, job);
					case NO -> {
					}
				}
			}
		}
		undecideLoosened(facts, undecided);
		undecided.forEach((query, bySearch) -> {
			Collection<Long> found;
			try {
				found = search.matchingAmong(JobQuery.fromQueryString(query), bySearch.keySet());
			}
			catch (InvalidSearch ex) {
				return;
			}
			found.forEach(jobId -> bySearch.get(jobId)
				.forEach(searchId -> matches.computeIfAbsent(searchId, s -> new HashSet<>()).add(jobId)));
		});
		return matches;
	}

	/**
	 * A search that finds nothing at all loosens its spelling, and may then return a job
	 * its words do not name: such searches leave the batch's jobs their filters let
	 * through to the index. Whether a search finds anything comes from the shared checks;
	 * those never checked (or too long ago) are asked now, once each.
	 */
	private void undecideLoosened(List<JobFacts> facts, Map<String, Map<Long, Set<Long>>> undecided) {
		checks.catchUp();
		Instant now = clock.instant();
		Map<String, Boolean> askedNow = new HashMap<>();
		for (ReverseIndex.Entry entry : index.loosenable()) {
			// Most find something as written: asked first, it spares testing every job.
			Boolean finds = checks.findsSomething(entry.query(), now);
			if (Boolean.TRUE.equals(finds)) {
				continue;
			}
			List<JobFacts> passing = facts.stream().filter(entry.filter()::mayMatchLoosened).toList();
			if (passing.isEmpty()) {
				continue;
			}
			if (finds == null) {
				finds = askedNow.computeIfAbsent(entry.query(), checks::check);
			}
			if (finds) {
				continue;
			}
			passing.forEach(job -> undecided(undecided, entry, job));
		}
		checks.record(askedNow);
	}

	/** Leaves the query's searches to the index for the job. */
	private static void undecided(Map<String, Map<Long, Set<Long>>> undecided, ReverseIndex.Entry entry, JobFacts job) {
		Set<Long> searches = undecided.computeIfAbsent(entry.query(), q -> new HashMap<>())
			.computeIfAbsent(job.id(), j -> new HashSet<>());
		for (long id : entry.ids()) {
			searches.add(id);
		}
	}

	private void release(List<Queued> queued, Duration after) {
		if (!queued.isEmpty()) {
			jdbc.sql(
					"update alert_job_queue set claimed_until = now() + make_interval(secs => :after) where id in (:ids)")
				.param("after", after.toSeconds())
				.param("ids", queued.stream().map(Queued::id).toList())
				.update();
		}
	}

	private record Queued(long id, long jobId, Instant enqueuedAt) {
	}

}
