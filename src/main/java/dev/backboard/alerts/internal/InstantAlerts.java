package dev.backboard.alerts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.backboard.alerts.internal.AlertMails.JobLine;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.search.JobQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records confirmed matches, once per saved search and job, and mails the instant ones
 * right away: never a job the person was already told about by another alert, nor one
 * they applied to. Runs in the caller's transaction.
 */
@Component
class InstantAlerts {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final JobService jobs;

	private final AlertMails mails;

	private final Clock clock;

	InstantAlerts(JdbcClient jdbc, JdbcTemplate batch, JobService jobs, AlertMails mails, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.jobs = jobs;
		this.mails = mails;
		this.clock = clock;
	}

	/** Saved search id to the jobs it matched. */
	void record(Map<Long, Set<Long>> matches) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Match> all = new ArrayList<>();
		matches.forEach((searchId, jobIds) -> jobIds.forEach(jobId -> all.add(new Match(searchId, jobId))));
		if (all.isEmpty()) {
			return;
		}
		int[] inserted = batch.batchUpdate("""
				insert into alert_match (saved_search_id, job_id, matched_at) values (?, ?, ?)
				on conflict do nothing""",
				all.stream().map(m -> new Object[] { m.searchId(), m.jobId(), now }).toList());
		List<Match> fresh = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (inserted[i] == 1) {
				fresh.add(all.get(i));
			}
		}
		if (fresh.isEmpty()) {
			return;
		}
		List<InstantSearch> instant = batch.query("""
				select s.id, s.name, s.query, sub.id as subscriber_id, sub.email, sub.token, sub.account_id
				from saved_search s join alert_subscriber sub on sub.id = s.subscriber_id
				where s.id = any(?) and s.active and s.frequency = 'INSTANT' and sub.confirmed_at is not null
				order by s.id""",
				statement -> statement.setArray(1,
						statement.getConnection()
							.createArrayOf("bigint", fresh.stream().map(Match::searchId).distinct().toArray())),
				InstantSearch::new);
		if (!instant.isEmpty()) {
			announce(instant, fresh, now);
		}
	}

	/**
	 * One mail per instant search with the jobs its person has neither heard of nor
	 * applied to, in a few statements for the whole batch.
	 */
	private void announce(List<InstantSearch> searches, List<Match> fresh, Timestamp now) {
		Map<Long, List<Long>> jobsBySearch = new HashMap<>();
		fresh.forEach(m -> jobsBySearch.computeIfAbsent(m.searchId(), s -> new ArrayList<>()).add(m.jobId()));
		List<Object[]> sent = new ArrayList<>();
		searches.forEach(search -> jobsBySearch.get(search.id())
			.forEach(jobId -> sent.add(new Object[] { now, search.id(), jobId })));
		batch.batchUpdate("update alert_match set sent_at = ? where saved_search_id = ? and job_id = ?", sent);
		Set<Long> jobIds = new HashSet<>();
		searches.forEach(search -> jobIds.addAll(jobsBySearch.get(search.id())));
		Map<Long, JobLine> published = new HashMap<>();
		jobs.findAllById(jobIds)
			.stream()
			.filter(Job::isPublished)
			.forEach(job -> published.put(job.getId(), new JobLine(job.getId(), job.getTitle(),
					job.getCompany().getName(), job.getSlug(), job.getPostedAt())));
		Set<Match> applied = applied(searches, jobIds);
		List<Match> toAnnounce = new ArrayList<>();
		searches.forEach(search -> jobsBySearch.get(search.id())
			.stream()
			.filter(published::containsKey)
			.filter(jobId -> search.accountId() == null || !applied.contains(new Match(search.accountId(), jobId)))
			.forEach(jobId -> toAnnounce.add(new Match(search.id(), jobId))));
		Map<Long, InstantSearch> byId = new HashMap<>();
		searches.forEach(search -> byId.put(search.id(), search));
		int[] announced = batch.batchUpdate("""
				insert into alert_announced (subscriber_id, job_id, announced_at) values (?, ?, ?)
				on conflict do nothing""",
				toAnnounce.stream()
					.map(m -> new Object[] { byId.get(m.searchId()).subscriberId(), m.jobId(), now })
					.toList());
		Map<Long, List<JobLine>> lines = new LinkedHashMap<>();
		for (int i = 0; i < toAnnounce.size(); i++) {
			if (announced[i] == 1) {
				lines.computeIfAbsent(toAnnounce.get(i).searchId(), s -> new ArrayList<>())
					.add(published.get(toAnnounce.get(i).jobId()));
			}
		}
		lines.forEach((searchId, jobLines) -> {
			InstantSearch search = byId.get(searchId);
			mails.instant(search.email(), search.token(), search.id(), search.name(),
					JobQuery.fromQueryString(search.query()).toPath("/jobs"), jobLines);
		});
	}

	/** Account id and job id of the applications among these people and jobs. */
	private Set<Match> applied(List<InstantSearch> searches, Set<Long> jobIds) {
		Object[] accounts = searches.stream()
			.map(InstantSearch::accountId)
			.filter(id -> id != null)
			.distinct()
			.toArray();
		if (accounts.length == 0) {
			return Set.of();
		}
		return new HashSet<>(batch.query(
				"select candidate_account_id, job_id from application where candidate_account_id = any(?) and job_id = any(?)",
				statement -> {
					statement.setArray(1, statement.getConnection().createArrayOf("bigint", accounts));
					statement.setArray(2, statement.getConnection().createArrayOf("bigint", jobIds.toArray()));
				}, (row, n) -> new Match(row.getLong(1), row.getLong(2))));
	}

	/**
	 * The jobs the person has neither heard of nor applied to, as mail lines; they are
	 * noted as heard of.
	 */
	List<JobLine> newToPerson(long subscriberId, @Nullable Long accountId, Collection<Long> jobIds, Timestamp now) {
		Set<Long> applied = accountId == null ? Set.of()
				: new HashSet<>(jdbc.sql("""
						select job_id from application where candidate_account_id = :account and job_id in (:jobs)""")
					.param("account", accountId)
					.param("jobs", jobIds)
					.query(Long.class)
					.list());
		List<JobLine> lines = new ArrayList<>();
		for (Job job : jobs.findAllById(jobIds)) {
			if (!job.isPublished() || applied.contains(job.getId())) {
				continue;
			}
			int announced = jdbc.sql("""
					insert into alert_announced (subscriber_id, job_id, announced_at) values (:subscriber, :job, :now)
					on conflict do nothing""")
				.param("subscriber", subscriberId)
				.param("job", job.getId())
				.param("now", now)
				.update();
			if (announced == 1) {
				lines.add(new JobLine(job.getId(), job.getTitle(), job.getCompany().getName(), job.getSlug(),
						job.getPostedAt()));
			}
		}
		return lines;
	}

	private record Match(long searchId, long jobId) {
	}

	private record InstantSearch(long id, String name, String query, long subscriberId, String email, String token,
			@Nullable Long accountId) {

		InstantSearch(java.sql.ResultSet row, int n) throws java.sql.SQLException {
			this(row.getLong("id"), row.getString("name"), row.getString("query"), row.getLong("subscriber_id"),
					row.getString("email"), row.getString("token"), row.getObject("account_id", Long.class));
		}

	}

}
