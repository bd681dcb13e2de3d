package dev.backboard.webhooks.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.backboard.webhooks.WebhookEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues an event for every enabled endpoint of the company that subscribed to it, in the
 * caller's transaction; delivery starts after the commit.
 */
@Component
public class Outbox {

	/** The payload format's version; it changes only with an incompatible change. */
	static final int VERSION = 1;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Dispatcher dispatcher;

	private final Clock clock;

	Outbox(JdbcClient jdbc, JsonMapper json, Dispatcher dispatcher, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	/**
	 * @return how many endpoints the event was queued for
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public int enqueue(long companyId, WebhookEvent event, Map<String, Object> data) {
		List<Long> endpoints = jdbc.sql("""
				select id from webhook_endpoint
				where company_id = :company and enabled and :type = any(events) order by id""")
			.param("company", companyId)
			.param("type", event.type())
			.query(Long.class)
			.list();
		endpoints.forEach(endpoint -> insert(endpoint, event, data));
		return endpoints.size();
	}

	/** Queues one message for one endpoint, whatever it subscribed to: the test event. */
	@Transactional(propagation = Propagation.REQUIRED)
	public long enqueueFor(long endpointId, WebhookEvent event, Map<String, Object> data) {
		return insert(endpointId, event, data);
	}

	private long insert(long endpointId, WebhookEvent event, Map<String, Object> data) {
		Instant now = clock.instant();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", event.type());
		payload.put("version", VERSION);
		payload.put("timestamp", now.toString());
		payload.put("data", data);
		long id = jdbc.sql("""
				insert into webhook_delivery (endpoint_id, message_id, event_type, payload, created_at, next_attempt_at)
				values (:endpoint, :message, :type, :payload, :now, :now) returning id""")
			.param("endpoint", endpointId)
			.param("message", Signatures.newMessageId())
			.param("type", event.type())
			.param("payload", json.writeValueAsString(payload))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		deliverAfterCommit();
		return id;
	}

	/** Starts delivering after the caller's transaction commits. */
	public void deliverSoon() {
		deliverAfterCommit();
	}

	private void deliverAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					dispatcher.deliverSoon();
				}
			});
		}
		else {
			dispatcher.deliverSoon();
		}
	}

}
