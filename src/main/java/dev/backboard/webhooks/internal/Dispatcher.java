package dev.backboard.webhooks.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import dev.backboard.core.scheduling.Rounds;
import dev.backboard.webhooks.WebhooksProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivers queued messages, at least once. A node claims due rows with {@code SKIP
 * LOCKED}, so two nodes never send the same message at once; a claim that is never
 * settled (the node died) runs out and the message is sent again. A failed attempt is
 * retried after the next wait of the retry schedule; after the last one the message is
 * given up, and an endpoint that has not taken a single message since that one was queued
 * is disabled and its owners are told.
 */
@Component
public class Dispatcher implements DisposableBean {

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final Sender sender;

	private final SecretBox secrets;

	private final WebhooksProperties properties;

	private final Clock clock;

	private final EndpointFailures failures;

	private final Rounds rounds = new Rounds(this::deliverPending);

	Dispatcher(JdbcClient jdbc, Sender sender, SecretBox secrets, WebhooksProperties properties, Clock clock,
			EndpointFailures failures) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.secrets = secrets;
		this.properties = properties;
		this.clock = clock;
		this.failures = failures;
	}

	/** Starts a delivery round now, or right after the one that is running. */
	public void deliverSoon() {
		rounds.runSoon();
	}

	/**
	 * Sends every message that is due.
	 * @return how many were delivered
	 */
	public synchronized int deliverPending() {
		int delivered = 0;
		List<Due> batch;
		do {
			batch = claim();
			for (Due due : batch) {
				if (attempt(due)) {
					delivered++;
				}
			}
		}
		while (batch.size() == BATCH);
		return delivered;
	}

	private List<Due> claim() {
		Instant now = clock.instant();
		return jdbc.sql("""
				update webhook_delivery d set claimed_until = :until, attempts = attempts + 1
				from webhook_endpoint e
				where e.id = d.endpoint_id and d.id in (
				    select d2.id from webhook_delivery d2 join webhook_endpoint e2 on e2.id = d2.endpoint_id
				    where d2.next_attempt_at <= :now and e2.enabled
				      and (d2.claimed_until is null or d2.claimed_until < :now)
				    order by d2.next_attempt_at, d2.id limit :batch for update of d2 skip locked)
				returning d.id, d.endpoint_id, d.message_id, d.payload, d.attempts, d.created_at, e.company_id, e.url,
				    e.secret, e.previous_secret, e.previous_secret_until""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(claimTime())))
			.param("batch", BATCH)
			.query((row, n) -> new Due(row.getLong("id"), row.getLong("endpoint_id"), row.getString("message_id"),
					row.getString("payload"), row.getInt("attempts"), row.getTimestamp("created_at").toInstant(),
					row.getLong("company_id"), row.getString("url"), row.getBytes("secret"),
					row.getBytes("previous_secret"), instant(row.getTimestamp("previous_secret_until"))))
			.list();
	}

	private boolean attempt(Due due) {
		Instant now = clock.instant();
		Sender.Outcome outcome = sender.post(due.url(), headers(due, now), due.payload());
		jdbc.sql("""
				insert into webhook_attempt (delivery_id, attempted_at, status, error, duration_ms, response)
				values (:delivery, :at, :status, :error, :millis, :response)""")
			.param("delivery", due.id())
			.param("at", Timestamp.from(now))
			.param("status", outcome.status())
			.param("error", outcome.error())
			.param("millis", (int) Math.min(Integer.MAX_VALUE, outcome.millis()))
			.param("response", outcome.response())
			.update();
		if (outcome.delivered()) {
			jdbc.sql("""
					update webhook_delivery set delivered_at = :now, next_attempt_at = null, claimed_until = null,
					  last_status = :status, last_error = null where id = :id""")
				.param("now", Timestamp.from(clock.instant()))
				.param("status", outcome.status())
				.param("id", due.id())
				.update();
			return true;
		}
		List<Duration> schedule = properties.retrySchedule();
		boolean last = due.attempts() > schedule.size();
		Instant next = last ? null : clock.instant().plus(schedule.get(due.attempts() - 1));
		jdbc.sql("""
				update webhook_delivery set next_attempt_at = :next, claimed_until = null, last_status = :status,
				  last_error = :error, given_up_at = :givenUp where id = :id""")
			.param("next", next == null ? null : Timestamp.from(next))
			.param("status", outcome.status())
			.param("error", outcome.error())
			.param("givenUp", last ? Timestamp.from(clock.instant()) : null)
			.param("id", due.id())
			.update();
		if (last) {
			failures.gaveUp(due.endpointId(), due.companyId(), due.createdAt(), due.url(), outcome.error());
		}
		return false;
	}

	/** The Standard Webhooks headers: one signature per valid secret, space-separated. */
	private Map<String, String> headers(Due due, Instant now) {
		long timestamp = now.getEpochSecond();
		List<String> signatures = new ArrayList<>();
		signatures.add(Signatures.sign(secrets.open(due.secret(), due.companyId()), due.messageId(), timestamp,
				due.payload()));
		if (due.previousSecret() != null && due.previousSecretUntil() != null
				&& due.previousSecretUntil().isAfter(now)) {
			signatures.add(Signatures.sign(secrets.open(due.previousSecret(), due.companyId()), due.messageId(),
					timestamp, due.payload()));
		}
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("webhook-id", due.messageId());
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature", String.join(" ", signatures));
		return headers;
	}

	/** Long enough for the slowest attempt, so a live node's claim never runs out. */
	private Duration claimTime() {
		return properties.connectTimeout().plus(properties.responseTimeout()).multipliedBy(2).plusSeconds(30);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	@Override
	public void destroy() {
		rounds.close();
	}

	record Due(long id, long endpointId, String messageId, String payload, int attempts, Instant createdAt,
			long companyId, String url, byte[] secret, byte @Nullable [] previousSecret,
			@Nullable Instant previousSecretUntil) {
	}

}
