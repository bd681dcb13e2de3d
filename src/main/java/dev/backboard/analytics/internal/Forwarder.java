package dev.backboard.analytics.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.analytics.AnalyticsProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the events recorded while forwarding was on to the configured platform, a batch
 * per round, oldest first. An event is marked sent only once the platform took it, so a
 * platform that is down gets the same events again next round; one round runs at a time
 * across nodes (db-scheduler).
 */
@Component
class Forwarder {

	private static final Logger log = LoggerFactory.getLogger(Forwarder.class);

	private final JdbcClient jdbc;

	private final Platforms platforms;

	private final AnalyticsProperties properties;

	Forwarder(JdbcClient jdbc, Platforms platforms, AnalyticsProperties properties) {
		this.jdbc = jdbc;
		this.platforms = platforms;
		this.properties = properties;
	}

	/** One round; returns how many events are done with. */
	int forward() {
		if (!properties.forwarding().enabled()) {
			return 0;
		}
		List<Forwarded> batch = jdbc.sql("""
				select id, occurred_at, type, source, job_id, company_id, result_count, visitor from analytics_event
				where forward_pending order by id limit :limit""")
			.param("limit", properties.forwarding().batchSize())
			.query((row, n) -> new Forwarded(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
					row.getString("type"), row.getString("source"), (Long) row.getObject("job_id", Long.class),
					(Long) row.getObject("company_id", Long.class), (Long) row.getObject("result_count", Long.class),
					row.getString("visitor")))
			.list();
		if (batch.isEmpty()) {
			return 0;
		}
		int done = platforms.current().send(batch);
		if (done > 0) {
			jdbc.sql("update analytics_event set forward_pending = false where forward_pending and id <= :last")
				.param("last", batch.get(done - 1).id())
				.update();
		}
		if (done < batch.size()) {
			log.warn("{} of {} analytics events could not be forwarded to {}; they are sent again next round",
					batch.size() - done, batch.size(), properties.forwarding().vendor());
		}
		return done;
	}

}
