package dev.backboard.alerts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.alerts.AlertsProperties;
import dev.backboard.alerts.Frequency;
import dev.backboard.alerts.internal.AlertMails.DigestSection;
import dev.backboard.jobs.JobSummary;
import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.SearchUnavailable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily and weekly digests: one mail per person and frequency, grouped by saved search,
 * each with its count and newest jobs first, sent once the configured hour has come in
 * the person's time zone (weekly ones on the configured day), and nothing when there is
 * nothing new. A digest runs each of its searches when it is sent, over the jobs that
 * changed since the last one (published, edited into matching, relisted), so what it
 * lists is what the search returns at that moment; the jobs the person already heard of,
 * applied to or hid are left out.
 */
@Component
public class AlertDigests {

	/** The most jobs of one search that a digest counts. */
	static final int COUNTED = 1000;

	private final JdbcClient jdbc;

	private final JobSearch search;

	private final InstantAlerts announcements;

	private final AlertMails mails;

	private final TransactionTemplate transactions;

	private final AlertsProperties properties;

	private final Clock clock;

	AlertDigests(JdbcClient jdbc, JobSearch search, InstantAlerts announcements, AlertMails mails,
			TransactionTemplate transactions, AlertsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.search = search;
		this.announcements = announcements;
		this.mails = mails;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends every digest that is due now.
	 * @return how many went out
	 */
	public int sendDue() {
		Instant now = clock.instant();
		int sent = 0;
		InstantAlerts.Audiences audiences = new InstantAlerts.Audiences();
		for (Due due : pending()) {
			if (isDue(due, now)) {
				try {
					Boolean mailed = transactions.execute(status -> send(due, audiences, now));
					sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
				}
				catch (SearchUnavailable ex) {
					// Nothing was marked sent: the next sweep tries again.
					break;
				}
			}
		}
		return sent;
	}

	private List<Due> pending() {
		return jdbc.sql("""
				select distinct sub.id, sub.time_zone, s.frequency,
				  case when s.frequency = 'DAILY' then sub.daily_sent_at else sub.weekly_sent_at end as last_sent
				from saved_search s join alert_subscriber sub on sub.id = s.subscriber_id
				where s.active and s.frequency in ('DAILY', 'WEEKLY') and sub.confirmed_at is not null""")
			.query((row, n) -> new Due(row.getLong("id"), row.getString("time_zone"),
					Frequency.valueOf(row.getString("frequency")),
					row.getTimestamp("last_sent") == null ? null : row.getTimestamp("last_sent").toInstant()))
			.list();
	}

	boolean isDue(Due due, Instant now) {
		ZonedDateTime local = now.atZone(ZoneId.of(due.timeZone()));
		if (local.getHour() < properties.digestHour()) {
			return false;
		}
		if (due.lastSent() != null
				&& !due.lastSent().atZone(local.getZone()).toLocalDate().isBefore(local.toLocalDate())) {
			return false;
		}
		return due.frequency() == Frequency.DAILY || (local.getDayOfWeek() == properties.weeklyOn()
				&& (due.lastSent() == null || Duration.between(due.lastSent(), now).toDays() >= 6));
	}

	private boolean send(Due due, InstantAlerts.Audiences audiences, Instant now) {
		String column = due.frequency() == Frequency.DAILY ? "daily_sent_at" : "weekly_sent_at";
		// Locked and read again: another node's sweep may have just sent it.
		Subscriber subscriber = jdbc
			.sql("select email, token, account_id, " + column + " as last_sent from alert_subscriber where id = :id"
					+ " for update")
			.param("id", due.subscriberId())
			.query((row, n) -> new Subscriber(row.getString("email"), row.getString("token"),
					row.getObject("account_id", Long.class),
					row.getTimestamp("last_sent") == null ? null : row.getTimestamp("last_sent").toInstant()))
			.single();
		if (!isDue(new Due(due.subscriberId(), due.timeZone(), due.frequency(), subscriber.lastSent()), now)) {
			return false;
		}
		Timestamp at = Timestamp.from(now);
		List<Search> searches = searches(due);
		Map<Long, List<Long>> found = new LinkedHashMap<>();
		searches.forEach(saved -> found.put(saved.id(), matchingSince(saved, subscriber.lastSent())));
		Map<Long, List<JobSummary>> fresh = announcements.newToPerson(due.subscriberId(), subscriber.accountId(), found,
				audiences, at);
		List<DigestSection> sections = new ArrayList<>();
		for (Search saved : searches) {
			List<JobSummary> lines = new ArrayList<>(fresh.get(saved.id()));
			if (!lines.isEmpty()) {
				lines.sort(Comparator.comparing(JobSummary::postedAt, Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing(JobSummary::id, Comparator.reverseOrder()));
				sections.add(new DigestSection(saved.name(), JobQuery.fromQueryString(saved.query()).toPath("/jobs"),
						lines.size(), lines.subList(0, Math.min(lines.size(), properties.jobsPerSearch()))));
			}
		}
		jdbc.sql("update alert_subscriber set " + column + " = :now where id = :id")
			.param("now", at)
			.param("id", due.subscriberId())
			.update();
		if (sections.isEmpty()) {
			return false;
		}
		mails.digest(subscriber.email(), subscriber.token(), due.frequency().label(), sections);
		return true;
	}

	private List<Search> searches(Due due) {
		return jdbc.sql("""
				select id, name, query, created_at from saved_search
				where subscriber_id = :subscriber and frequency = :frequency and active order by id""")
			.param("subscriber", due.subscriberId())
			.param("frequency", due.frequency().name())
			.query((row, n) -> new Search(row.getLong("id"), row.getString("name"), row.getString("query"),
					row.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * The jobs the search returns now among those changed since the last digest (or since
	 * it was saved). The window reaches back by the time a job may take to be indexed, so
	 * that a job changed just before the last digest but indexed after it is not missed;
	 * the jobs the person heard of then are left out anyway.
	 */
	private List<Long> matchingSince(Search saved, @Nullable Instant lastSent) {
		Instant since = lastSent == null || lastSent.minus(properties.indexWait()).isBefore(saved.createdAt())
				? saved.createdAt() : lastSent.minus(properties.indexWait());
		try {
			return search.matchingChangedSince(JobQuery.fromQueryString(saved.query()), since, COUNTED);
		}
		catch (InvalidSearch ex) {
			// A place or skill that was since removed: the search finds nothing.
			return List.of();
		}
	}

	record Due(long subscriberId, String timeZone, Frequency frequency, @Nullable Instant lastSent) {
	}

	private record Subscriber(String email, String token, @Nullable Long accountId, @Nullable Instant lastSent) {
	}

	private record Search(long id, String name, String query, Instant createdAt) {
	}

}
