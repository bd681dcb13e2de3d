package dev.backboard.analytics.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.analytics.AnalyticsProperties;
import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A short in-memory queue of events, written in batches every {@code flush-every} by a
 * background thread, so a request never waits for the database. The only state a node
 * keeps to itself: events of the last seconds are lost if the process dies (they are
 * flushed on an orderly shutdown). Before writing, each event from a visitor takes a
 * token from the shared {@code analytics-client} rate limit (one round trip per visitor
 * and batch); a client's events beyond it are not counted.
 */
@Component
public class EventBuffer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EventBuffer.class);

	static final String RATE_LIMIT = "analytics-client";

	private final ConcurrentLinkedQueue<Event> queue = new ConcurrentLinkedQueue<>();

	private final AtomicInteger size = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final RateLimits rateLimits;

	private final AnalyticsProperties properties;

	private final ScheduledExecutorService flusher = Executors
		.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("analytics-flush").factory());

	EventBuffer(JdbcTemplate jdbc, RateLimits rateLimits, AnalyticsProperties properties) {
		this.jdbc = jdbc;
		this.rateLimits = rateLimits;
		this.properties = properties;
		long every = properties.flushEvery().toMillis();
		flusher.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
	}

	/** Queues an event; drops it when the buffer is full. */
	void add(Event event) {
		if (size.incrementAndGet() > properties.bufferSize()) {
			size.decrementAndGet();
			return;
		}
		queue.add(event);
	}

	/** Writes what is buffered now; returns how many events were written. */
	public synchronized int flush() {
		List<Event> polled = new ArrayList<>();
		Event event;
		while ((event = queue.poll()) != null) {
			size.decrementAndGet();
			polled.add(event);
		}
		List<Event> batch = counted(polled);
		if (batch.isEmpty()) {
			return 0;
		}
		boolean forward = properties.forwarding().enabled();
		jdbc.batchUpdate(
				"""
						insert into analytics_event (occurred_at, type, source, job_id, company_id, query, filters, result_count,
						    forward_pending, visitor)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				batch, 500, (statement, row) -> {
					statement.setTimestamp(1, Timestamp.from(row.at()));
					statement.setString(2, row.type().name());
					statement.setString(3, row.source() == null ? null : row.source().name());
					statement.setObject(4, row.jobId(), Types.BIGINT);
					statement.setObject(5, row.companyId(), Types.BIGINT);
					statement.setString(6, row.query());
					statement.setString(7, row.filters());
					statement.setObject(8, row.results(), Types.BIGINT);
					statement.setBoolean(9, forward);
					statement.setString(10, row.visitor());
				});
		return batch.size();
	}

	/**
	 * The events that count, in their order: every visitor's events take tokens from the
	 * visitor's bucket, all at once; those beyond what the bucket held do not count.
	 */
	private List<Event> counted(List<Event> events) {
		Map<String, Long> perClient = new HashMap<>();
		events.stream()
			.filter(event -> event.client() != null)
			.forEach(event -> perClient.merge(event.client(), 1L, Long::sum));
		Map<String, Long> allowed = new HashMap<>();
		perClient.forEach((client, wanted) -> allowed.put(client, rateLimits.consumeUpTo(RATE_LIMIT, client, wanted)));
		List<Event> counted = new ArrayList<>();
		for (Event event : events) {
			if (event.client() == null || allowed.merge(event.client(), -1L, Long::sum) >= 0) {
				counted.add(event);
			}
		}
		return counted;
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			log.warn("A batch of analytics events could not be written and is dropped: {}", ex.toString());
		}
	}

	@Override
	public void destroy() {
		flusher.shutdownNow();
		flushQuietly();
	}

}
