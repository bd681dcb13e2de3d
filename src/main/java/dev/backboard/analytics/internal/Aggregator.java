package dev.backboard.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.backboard.analytics.AnalyticsProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums raw events into the daily tables, for every whole day (UTC) not summed yet plus
 * the day before (events buffered over midnight land late), and deletes raw events older
 * than the retention once their day is summed. Run by one node at a time (db-scheduler);
 * running it twice gives the same sums.
 */
@Component
public class Aggregator {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AnalyticsProperties properties;

	Aggregator(JdbcClient jdbc, Clock clock, AnalyticsProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Brings the sums up to yesterday and applies the retention; returns raw events
	 * deleted.
	 */
	@Transactional
	public int run() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		LocalDate through = through();
		LocalDate from = through != null ? through : oldestRawDay();
		if (from != null && from.isBefore(today)) {
			sum(from, today);
			jdbc.sql("update analytics_aggregation set through = :through where id = 1")
				.param("through", Date.valueOf(today.minusDays(1)))
				.update();
		}
		LocalDate summed = through();
		if (summed == null) {
			return 0;
		}
		Timestamp cutoff = Timestamp.from(clock.instant().minus(properties.retention()));
		Timestamp afterSummed = Timestamp.from(summed.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		return jdbc.sql("delete from analytics_event where occurred_at < :cutoff and occurred_at < :summed")
			.param("cutoff", cutoff)
			.param("summed", afterSummed)
			.update();
	}

	/** The last day summed into the daily tables, if any. */
	public @Nullable LocalDate through() {
		return jdbc.sql("select through from analytics_aggregation where id = 1")
			.query((row, n) -> Optional.ofNullable(row.getDate(1)))
			.single()
			.map(Date::toLocalDate)
			.orElse(null);
	}

	private @Nullable LocalDate oldestRawDay() {
		return jdbc.sql("select min(occurred_at) from analytics_event")
			.query((row, n) -> Optional.ofNullable(row.getTimestamp(1)))
			.single()
			.map(oldest -> oldest.toInstant().atZone(ZoneOffset.UTC).toLocalDate())
			.orElse(null);
	}

	private void sum(LocalDate from, LocalDate until) {
		Timestamp start = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
		Timestamp end = Timestamp.from(until.atStartOfDay(ZoneOffset.UTC).toInstant());
		jdbc.sql("""
				insert into analytics_daily (day, type, source, job_id, company_id, events, no_results)
				select (occurred_at at time zone 'UTC')::date, type, coalesce(source, ''), coalesce(job_id, 0),
				       coalesce(company_id, 0), count(*), count(*) filter (where type = 'SEARCH' and result_count = 0)
				from analytics_event where occurred_at >= :start and occurred_at < :end
				group by 1, 2, 3, 4, 5
				on conflict (day, type, source, job_id, company_id)
				do update set events = excluded.events, no_results = excluded.no_results""")
			.param("start", start)
			.param("end", end)
			.update();
		jdbc.sql(
				"""
						insert into analytics_daily_query (day, query, searches, no_results)
						select (occurred_at at time zone 'UTC')::date, query, count(*), count(*) filter (where result_count = 0)
						from analytics_event
						where type = 'SEARCH' and query <> '' and occurred_at >= :start and occurred_at < :end
						group by 1, 2
						on conflict (day, query) do update set searches = excluded.searches, no_results = excluded.no_results""")
			.param("start", start)
			.param("end", end)
			.update();
	}

}
