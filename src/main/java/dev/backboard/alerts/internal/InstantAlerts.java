package dev.backboard.alerts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.backboard.alerts.internal.AlertMails.JobLine;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.search.JobQuery;

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

	private final JobService jobs;

	private final AlertMails mails;

	private final Clock clock;

	InstantAlerts(JdbcClient jdbc, JobService jobs, AlertMails mails, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.mails = mails;
		this.clock = clock;
	}

	/** Saved search id to the jobs it matched. */
	void record(Map<Long, Set<Long>> matches) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Match> fresh = new ArrayList<>();
		matches.forEach((searchId, jobIds) -> jobIds.forEach(jobId -> {
			int inserted = jdbc.sql("""
					insert into alert_match (saved_search_id, job_id, matched_at) values (:search, :job, :now)
					on conflict do nothing""").param("search", searchId).param("job", jobId).param("now", now).update();
			if (inserted == 1) {
				fresh.add(new Match(searchId, jobId));
			}
		}));
		if (fresh.isEmpty()) {
			return;
		}
		jdbc.sql("""
				select s.id, s.name, s.query, sub.id as subscriber_id, sub.email, sub.token, sub.account_id
				from saved_search s join alert_subscriber sub on sub.id = s.subscriber_id
				where s.id in (:ids) and s.active and s.frequency = 'INSTANT' and sub.confirmed_at is not null
				order by s.id""")
			.param("ids", fresh.stream().map(Match::searchId).distinct().toList())
			.query(InstantSearch::new)
			.list()
			.forEach(search -> announce(search,
					fresh.stream().filter(m -> m.searchId() == search.id()).map(Match::jobId).toList(), now));
	}

	private void announce(InstantSearch search, List<Long> jobIds, Timestamp now) {
		jdbc.sql("update alert_match set sent_at = :now where saved_search_id = :search and job_id in (:jobs)")
			.param("now", now)
			.param("search", search.id())
			.param("jobs", jobIds)
			.update();
		List<JobLine> lines = newToPerson(search.subscriberId(), search.accountId(), jobIds, now);
		if (!lines.isEmpty()) {
			mails.instant(search.email(), search.token(), search.id(), search.name(),
					JobQuery.fromQueryString(search.query()).toPath("/jobs"), lines);
		}
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
