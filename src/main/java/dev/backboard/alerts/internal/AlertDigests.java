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
import dev.backboard.alerts.internal.AlertMails.JobLine;
import dev.backboard.search.JobQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily and weekly digests: one mail per person and frequency, grouped by saved search,
 * each with its count and newest jobs first, sent once the configured hour has come in
 * the person's time zone (weekly ones on the configured day), and nothing when there is
 * nothing new.
 */
@Component
public class AlertDigests {

	private final JdbcClient jdbc;

	private final InstantAlerts announcements;

	private final AlertMails mails;

	private final TransactionTemplate transactions;

	private final AlertsProperties properties;

	private final Clock clock;

	AlertDigests(JdbcClient jdbc, InstantAlerts announcements, AlertMails mails, TransactionTemplate transactions,
			AlertsProperties properties, Clock clock) {
		this.jdbc = jdbc;
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
		for (Due due : pending()) {
			if (isDue(due, now)) {
				Boolean mailed = transactions.execute(status -> send(due, now));
				sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
			}
		}
		return sent;
	}

	private List<Due> pending() {
		return jdbc.sql("""
				select distinct sub.id, sub.time_zone, s.frequency,
				  case when s.frequency = 'DAILY' then sub.daily_sent_at else sub.weekly_sent_at end as last_sent
				from saved_search s join alert_subscriber sub on sub.id = s.subscriber_id
				where s.active and s.frequency in ('DAILY', 'WEEKLY') and sub.confirmed_at is not null
				  and exists (select 1 from alert_match m where m.saved_search_id = s.id and m.sent_at is null)""")
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

	private boolean send(Due due, Instant now) {
		String column = due.frequency() == Frequency.DAILY ? "daily_sent_at" : "weekly_sent_at";
		Subscriber subscriber = jdbc
			.sql("select email, token, account_id from alert_subscriber where id = :id for update")
			.param("id", due.subscriberId())
			.query((row, n) -> new Subscriber(row.getString("email"), row.getString("token"),
					row.getObject("account_id", Long.class)))
			.single();
		Timestamp at = Timestamp.from(now);
		Map<Long, Search> searches = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select s.id, s.name, s.query, m.job_id from alert_match m join saved_search s on s.id = m.saved_search_id
						where s.subscriber_id = :subscriber and s.frequency = :frequency and s.active and m.sent_at is null
						order by s.id""")
			.param("subscriber", due.subscriberId())
			.param("frequency", due.frequency().name())
			.query((row, n) -> new SearchJob(row.getLong("id"), row.getString("name"), row.getString("query"),
					row.getLong("job_id")))
			.list()
			.forEach(row -> searches
				.computeIfAbsent(row.searchId(), id -> new Search(row.name(), row.query(), new ArrayList<>()))
				.jobIds()
				.add(row.jobId()));
		List<DigestSection> sections = new ArrayList<>();
		searches.forEach((id, search) -> {
			jdbc.sql("update alert_match set sent_at = :now where saved_search_id = :search and sent_at is null")
				.param("now", at)
				.param("search", id)
				.update();
			List<JobLine> fresh = new ArrayList<>(
					announcements.newToPerson(due.subscriberId(), subscriber.accountId(), search.jobIds(), at));
			if (!fresh.isEmpty()) {
				fresh.sort(Comparator.comparing(JobLine::postedAt, Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing(JobLine::id, Comparator.reverseOrder()));
				sections.add(new DigestSection(search.name(), JobQuery.fromQueryString(search.query()).toPath("/jobs"),
						fresh.size(), fresh.subList(0, Math.min(fresh.size(), properties.jobsPerSearch()))));
			}
		});
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

	record Due(long subscriberId, String timeZone, Frequency frequency, @Nullable Instant lastSent) {
	}

	private record Subscriber(String email, String token, @Nullable Long accountId) {
	}

	private record Search(String name, String query, List<Long> jobIds) {
	}

	private record SearchJob(long searchId, String name, String query, long jobId) {
	}

}
