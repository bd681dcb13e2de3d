package dev.backboard.alerts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSummary;
import dev.backboard.notifications.Mail;
import dev.backboard.search.JobQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mails the confirmed matches of instant searches right away, once per person and job:
 * never a job the person was already told about by another alert, nor one they applied to
 * or marked "not interested". Who heard of a job is all a match leaves: through instant
 * alerts, one row per job with its audience (a job commonly matches hundreds of people);
 * through digests, one row per person and job. Runs in the caller's transaction, in a few
 * set-based statements per round whatever the number of matches.
 */
@Component
class InstantAlerts {

	/**
	 * Those of the searches that are still active instant searches of a confirmed
	 * subscriber (the round's reverse index may be a moment behind).
	 */
	private static final String LIVE = """
			select s.id, s.name, s.query, sub.id as subscriber_id, sub.email, sub.token, sub.account_id
			from saved_search s join alert_subscriber sub on sub.id = s.subscriber_id
			where s.id = any(?) and s.active and s.frequency = 'INSTANT' and sub.confirmed_at is not null""";

	private final JdbcTemplate jdbc;

	private final JobService jobs;

	private final AlertMails mails;

	private final Clock clock;

	InstantAlerts(JdbcTemplate jdbc, JobService jobs, AlertMails mails, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.mails = mails;
		this.clock = clock;
	}

	/** Saved search id to the jobs it matched. */
	void record(Map<Long, Set<Long>> matches) {
		if (matches.isEmpty()) {
			return;
		}
		List<Long> searchIds = matches.keySet().stream().sorted().toList();
		List<InstantMatch> instant = new ArrayList<>();
		jdbc.query(LIVE, statement -> statement.setArray(1, bigints(statement, searchIds)), (row, n) -> {
			LiveSearch search = new LiveSearch(row);
			matches.get(search.id()).stream().sorted().forEach(jobId -> instant.add(new InstantMatch(search, jobId)));
			return null;
		});
		if (!instant.isEmpty()) {
			instant.sort(Comparator.comparingLong(InstantMatch::searchId).thenComparingLong(InstantMatch::jobId));
			announce(instant, Timestamp.from(clock.instant()));
		}
	}

	/**
	 * One mail per instant search with the jobs its person has neither heard of, applied
	 * to nor hidden; when several of a person's searches match a job, the first one (by
	 * id) announces it.
	 */
	private void announce(List<InstantMatch> matches, Timestamp now) {
		Set<Long> jobIds = new HashSet<>();
		Map<Long, @Nullable Long> accounts = new HashMap<>();
		matches.forEach(match -> {
			jobIds.add(match.jobId());
			accounts.put(match.subscriberId(), match.accountId());
		});
		Map<Long, JobSummary> published = publishedLines(jobIds);
		Set<Heard> applied = applied(accounts.values(), jobIds);
		Map<Heard, InstantMatch> candidates = new LinkedHashMap<>();
		for (InstantMatch match : matches) {
			if (published.containsKey(match.jobId())
					&& (match.accountId() == null || !applied.contains(new Heard(match.accountId(), match.jobId())))) {
				candidates.putIfAbsent(new Heard(match.subscriberId(), match.jobId()), match);
			}
		}
		Set<Heard> heard = noteAnnounced(candidates.keySet(), now);
		Map<Long, List<InstantMatch>> bySearch = new LinkedHashMap<>();
		candidates.forEach((person, match) -> {
			if (heard.contains(person)) {
				bySearch.computeIfAbsent(match.searchId(), s -> new ArrayList<>()).add(match);
			}
		});
		List<Mail> alerts = new ArrayList<>();
		// Many people save the same query: its link is made once.
		Map<String, String> paths = new HashMap<>();
		bySearch.forEach((searchId, announced) -> {
			LiveSearch search = announced.get(0).search();
			alerts.add(mails.instant(search.email(), search.token(), searchId, search.name(),
					paths.computeIfAbsent(search.query(), query -> JobQuery.fromQueryString(query).toPath("/jobs")),
					announced.stream().map(match -> published.get(match.jobId())).toList()));
		});
		mails.sendAll(alerts);
	}

	/**
	 * The jobs the person has neither heard of, applied to nor hidden, as mail lines,
	 * each under the first of the person's searches (in the order given) that found it;
	 * they are noted as heard of.
	 */
	Map<Long, List<JobSummary>> newToPerson(long subscriberId, @Nullable Long accountId,
			Map<Long, List<Long>> foundBySearch, Audiences audiences, Timestamp now) {
		Set<Long> found = new HashSet<>();
		foundBySearch.values().forEach(found::addAll);
		Map<Long, JobSummary> published = publishedLines(found);
		Set<Heard> applied = accountId == null ? Set.of() : applied(List.of(accountId), published.keySet());
		Set<Long> fresh = noteDigested(subscriberId,
				published.keySet()
					.stream()
					.filter(jobId -> accountId == null || !applied.contains(new Heard(accountId, jobId)))
					.toList(),
				audiences, now);
		Map<Long, List<JobSummary>> bySearch = new LinkedHashMap<>();
		foundBySearch.forEach((searchId, jobIds) -> {
			List<JobSummary> lines = new ArrayList<>();
			jobIds.stream().filter(fresh::remove).forEach(jobId -> lines.add(published.get(jobId)));
			bySearch.put(searchId, lines);
		});
		return bySearch;
	}

	private Map<Long, JobSummary> publishedLines(Collection<Long> jobIds) {
		Map<Long, JobSummary> published = new HashMap<>();
		jobs.publishedSummaries(jobIds).forEach(job -> published.put(job.id(), job));
		return published;
	}

	/**
	 * Account id and job id of the jobs among these that these people applied to or
	 * marked "not interested".
	 */
	private Set<Heard> applied(Collection<@Nullable Long> accountIds, Collection<Long> jobIds) {
		List<Long> accounts = accountIds.stream().filter(id -> id != null).map(id -> (Long) id).distinct().toList();
		if (accounts.isEmpty() || jobIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.query(
				"""
						select candidate_account_id, job_id from application where candidate_account_id = any(?) and job_id = any(?)
						union
						select account_id, job_id from hidden_job where account_id = any(?) and job_id = any(?)""",
				statement -> {
					statement.setArray(1, bigints(statement, accounts));
					statement.setArray(2, bigints(statement, jobIds));
					statement.setArray(3, bigints(statement, accounts));
					statement.setArray(4, bigints(statement, jobIds));
				}, (row, n) -> new Heard(row.getLong(1), row.getLong(2))));
	}

	/**
	 * Notes that these people heard of these jobs through an instant alert, in the jobs'
	 * audience rows, which stay locked (in job order) until the transaction ends: a
	 * digest sent meanwhile waits for them and then sees who heard.
	 * @return those who had heard of neither job before, by any alert
	 */
	private Set<Heard> noteAnnounced(Collection<Heard> people, Timestamp now) {
		if (people.isEmpty()) {
			return Set.of();
		}
		List<Long> jobIds = people.stream().map(Heard::jobId).distinct().sorted().toList();
		Set<Heard> before = new HashSet<>();
		makeAudienceRows(jobIds);
		jdbc.query("select job_id, subscribers from alert_audience where job_id = any(?) order by job_id for update",
				statement -> statement.setArray(1, bigints(statement, jobIds)), row -> {
					long jobId = row.getLong(1);
					for (long subscriberId : ids(row.getArray(2))) {
						before.add(new Heard(subscriberId, jobId));
					}
				});
		jdbc.query("select subscriber_id, job_id from alert_announced where job_id = any(?)",
				statement -> statement.setArray(1, bigints(statement, jobIds)), row -> {
					before.add(new Heard(row.getLong(1), row.getLong(2)));
				});
		List<Heard> fresh = people.stream()
			.filter(person -> !before.contains(person))
			.sorted(Comparator.comparingLong(Heard::jobId).thenComparingLong(Heard::subscriberId))
			.toList();
		if (!fresh.isEmpty()) {
			jdbc.update("""
					update alert_audience a
					set subscribers = a.subscribers || n.added, revision = a.revision + 1,
					  announced_at = coalesce(a.announced_at, ?)
					from (select job_id, array_agg(subscriber_id) as added
					      from unnest(?::bigint[], ?::bigint[]) as h(subscriber_id, job_id) group by job_id) n
					where a.job_id = n.job_id""", statement -> {
				statement.setTimestamp(1, now);
				statement.setArray(2, bigints(statement, fresh.stream().map(Heard::subscriberId).toList()));
				statement.setArray(3, bigints(statement, fresh.stream().map(Heard::jobId).toList()));
			});
		}
		return new HashSet<>(fresh);
	}

	/**
	 * Notes that this person heard of these jobs through a digest, one row each, having
	 * locked the jobs' audience rows (made if need be, in job order) so that an instant
	 * round deciding about the same jobs waits for this transaction and then sees them.
	 * @return those of the jobs the person had not heard of before, by any alert
	 */
	private Set<Long> noteDigested(long subscriberId, Collection<Long> jobIds, Audiences audiences, Timestamp now) {
		if (jobIds.isEmpty()) {
			return Set.of();
		}
		List<Long> sorted = jobIds.stream().distinct().sorted().toList();
		makeAudienceRows(sorted);
		Map<Long, Long> revisions = new HashMap<>();
		jdbc.query("select job_id, revision from alert_audience where job_id = any(?) order by job_id for share",
				statement -> statement.setArray(1, bigints(statement, sorted)), row -> {
					revisions.put(row.getLong(1), row.getLong(2));
				});
		Set<Long> heard = new HashSet<>();
		List<Long> stale = new ArrayList<>();
		revisions.forEach((jobId, revision) -> {
			if (!audiences.has(jobId, revision)) {
				stale.add(jobId);
			}
			else if (audiences.includes(jobId, subscriberId)) {
				heard.add(jobId);
			}
		});
		if (!stale.isEmpty() && !audiences.full()) {
			jdbc.query("select job_id, revision, subscribers from alert_audience where job_id = any(?)",
					statement -> statement.setArray(1, bigints(statement, stale)), row -> {
						if (audiences.put(row.getLong(1), row.getLong(2), ids(row.getArray(3)), subscriberId)) {
							heard.add(row.getLong(1));
						}
					});
		}
		else if (!stale.isEmpty()) {
			// The lists held are those most people share: the rest is asked about this
			// person only.
			jdbc.query("select job_id from alert_audience where job_id = any(?) and ?::bigint = any(subscribers)",
					statement -> {
						statement.setArray(1, bigints(statement, stale));
						statement.setLong(2, subscriberId);
					}, row -> {
						heard.add(row.getLong(1));
					});
		}
		List<Long> fresh = sorted.stream().filter(jobId -> !heard.contains(jobId)).toList();
		return new HashSet<>(jdbc.query("""
				insert into alert_announced (subscriber_id, job_id, announced_at)
				select ?, job_id, ?::timestamptz from unnest(?::bigint[]) as h(job_id)
				on conflict do nothing
				returning job_id""", statement -> {
			statement.setLong(1, subscriberId);
			statement.setTimestamp(2, now);
			statement.setArray(3, bigints(statement, fresh));
		}, (row, n) -> row.getLong(1)));
	}

	/**
	 * The instant audiences of jobs as a digest sweep read them, each with the revision
	 * of its row: the sweep's people commonly share their jobs, and a row is read again
	 * only once an instant round changed it. Once it holds its capacity of ids (64 MB of
	 * them by default), it keeps what it holds and takes no more.
	 */
	static final class Audiences {

		private final Map<Long, Audience> byJob = new HashMap<>();

		private final long capacity;

		private long held;

		Audiences() {
			this(8_000_000);
		}

		Audiences(long capacity) {
			this.capacity = capacity;
		}

		private record Audience(long revision, long[] sorted) {
		}

		boolean has(long jobId, long revision) {
			Audience audience = byJob.get(jobId);
			return audience != null && audience.revision() == revision;
		}

		boolean full() {
			return held >= capacity;
		}

		/**
		 * Keeps a job's audience as read at this revision.
		 * @return whether the person is in it
		 */
		boolean put(long jobId, long revision, long[] subscribers, long person) {
			Arrays.sort(subscribers);
			Audience replaced = byJob.put(jobId, new Audience(revision, subscribers));
			held += subscribers.length - (replaced == null ? 0 : replaced.sorted().length);
			return Arrays.binarySearch(subscribers, person) >= 0;
		}

		/** Whether the person is in the job's audience, as last put. */
		boolean includes(long jobId, long subscriberId) {
			Audience audience = byJob.get(jobId);
			return audience != null && Arrays.binarySearch(audience.sorted(), subscriberId) >= 0;
		}

	}

	/**
	 * Makes the audience rows these jobs lack, in job order, so that they can be locked
	 * (a row being made by another transaction is waited for).
	 */
	private void makeAudienceRows(List<Long> sortedJobIds) {
		jdbc.update("insert into alert_audience (job_id) select unnest(?::bigint[]) order by 1 on conflict do nothing",
				statement -> statement.setArray(1, bigints(statement, sortedJobIds)));
	}

	private static long[] ids(java.sql.Array array) throws SQLException {
		Object[] boxed = (Object[]) array.getArray();
		long[] ids = new long[boxed.length];
		for (int i = 0; i < boxed.length; i++) {
			ids[i] = (Long) boxed[i];
		}
		return ids;
	}

	private static java.sql.Array bigints(PreparedStatement statement, Collection<Long> ids) throws SQLException {
		Connection connection = statement.getConnection();
		return connection.createArrayOf("bigint", ids.toArray());
	}

	/** A person (subscriber or account) and a job. */
	private record Heard(long subscriberId, long jobId) {
	}

	private record LiveSearch(long id, String name, String query, long subscriberId, String email, String token,
			@Nullable Long accountId) {

		LiveSearch(java.sql.ResultSet row) throws SQLException {
			this(row.getLong("id"), row.getString("name"), row.getString("query"), row.getLong("subscriber_id"),
					row.getString("email"), row.getString("token"), row.getObject("account_id", Long.class));
		}

	}

	private record InstantMatch(LiveSearch search, long jobId) {

		long searchId() {
			return search.id();
		}

		long subscriberId() {
			return search.subscriberId();
		}

		@Nullable Long accountId() {
			return search.accountId();
		}

	}

}
