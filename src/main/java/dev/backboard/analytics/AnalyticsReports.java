package dev.backboard.analytics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the dashboards: whole days from the daily sums, the days not summed yet
 * (today, and any day the daily task has not reached) from the raw events. Series have a
 * row for every day of the range, zeros included, so a chart can be drawn from them.
 */
@Service
public class AnalyticsReports {

	/**
	 * Every counted row of the range: (day, type, source, job, company, events,
	 * no_results).
	 */
	private static final String COUNTS = """
			with summed as (select through from analytics_aggregation where id = 1),
			counts as (
			  select d.day, d.type, d.source, d.job_id, d.company_id, d.events, d.no_results
			  from analytics_daily d, summed
			  where d.day between :from and :to and summed.through is not null and d.day <= summed.through
			  union all
			  select (e.occurred_at at time zone 'UTC')::date, e.type, coalesce(e.source, ''), coalesce(e.job_id, 0),
			         coalesce(e.company_id, 0), 1, case when e.type = 'SEARCH' and e.result_count = 0 then 1 else 0 end
			  from analytics_event e, summed
			  where e.occurred_at >= :start and e.occurred_at < :end
			    and (summed.through is null or e.occurred_at >= (summed.through + 1)::timestamp at time zone 'UTC')
			)
			""";

	private final JdbcClient jdbc;

	AnalyticsReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A company's funnel per day; with a job id, that job's only. */
	@Transactional(readOnly = true)
	public List<Funnel> funnel(long companyId, @Nullable Long jobId, LocalDate from, LocalDate to) {
		Map<LocalDate, Funnel> days = new HashMap<>();
		range(from, to)
			.sql(COUNTS
					+ """
							select day, sum(events) filter (where type = 'JOB_VIEW'), sum(events) filter (where type = 'APPLY_CLICK'),
							       sum(events) filter (where type = 'APPLICATION')
							from counts where company_id = :company and (:job = 0 or job_id = :job) group by day""")
			.param("company", companyId)
			.param("job", jobId == null ? 0L : jobId)
			.query((row, n) -> new Funnel(row.getDate(1).toLocalDate(), row.getLong(2), row.getLong(3), row.getLong(4)))
			.list()
			.forEach(day -> days.put(day.day(), day));
		List<Funnel> series = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			series.add(days.getOrDefault(day, new Funnel(day, 0, 0, 0)));
		}
		return series;
	}

	/**
	 * Views, apply clicks and applications by where they came from; every source, zeros
	 * included. Applications recorded before they carried a source count as direct.
	 */
	@Transactional(readOnly = true)
	public List<SourceCount> sources(long companyId, @Nullable Long jobId, LocalDate from, LocalDate to) {
		Map<Source, SourceCount> counts = new EnumMap<>(Source.class);
		range(from, to)
			.sql(COUNTS
					+ """
							select source, sum(events) filter (where type = 'JOB_VIEW'), sum(events) filter (where type = 'APPLY_CLICK'),
							       sum(events) filter (where type = 'APPLICATION')
							from counts where company_id = :company and (:job = 0 or job_id = :job)
							  and type in ('JOB_VIEW', 'APPLY_CLICK', 'APPLICATION') group by source""")
			.param("company", companyId)
			.param("job", jobId == null ? 0L : jobId)
			.query((row, n) -> new SourceCount(Source.of(row.getString(1)), row.getLong(2), row.getLong(3),
					row.getLong(4)))
			.list()
			.forEach(count -> counts.merge(count.source(), count, (a, b) -> new SourceCount(a.source(),
					a.views() + b.views(), a.applyClicks() + b.applyClicks(), a.applications() + b.applications())));
		List<SourceCount> all = new ArrayList<>();
		for (Source source : Source.values()) {
			all.add(counts.getOrDefault(source, new SourceCount(source, 0, 0, 0)));
		}
		return all;
	}

	/** Each of a company's jobs with events in the range, most viewed first. */
	@Transactional(readOnly = true)
	public List<JobCount> jobs(long companyId, LocalDate from, LocalDate to) {
		return range(from, to).sql(COUNTS + """
				select c.job_id, j.title, sum(events) filter (where type = 'JOB_VIEW'),
				       sum(events) filter (where type = 'APPLY_CLICK'), sum(events) filter (where type = 'APPLICATION')
				from counts c join job j on j.id = c.job_id and j.company_id = :company
				where c.company_id = :company group by c.job_id, j.title order by 3 desc nulls last, 1""")
			.param("company", companyId)
			.query((row, n) -> new JobCount(row.getLong(1), row.getString(2), row.getLong(3), row.getLong(4),
					row.getLong(5)))
			.list();
	}

	/** The whole board per day. */
	@Transactional(readOnly = true)
	public List<BoardDay> board(LocalDate from, LocalDate to) {
		Map<LocalDate, BoardDay> days = new HashMap<>();
		range(from, to)
			.sql(COUNTS
					+ """
							select day, sum(events) filter (where type = 'SEARCH'), sum(no_results) filter (where type = 'SEARCH'),
							       sum(events) filter (where type = 'JOB_VIEW'), sum(events) filter (where type = 'APPLY_CLICK'),
							       sum(events) filter (where type = 'APPLICATION'), sum(events) filter (where type = 'ALERT_SIGNUP'),
							       sum(events) filter (where type = 'FEED_FETCH')
							from counts group by day""")
			.query((row, n) -> new BoardDay(row.getDate(1).toLocalDate(), row.getLong(2), row.getLong(3),
					row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8)))
			.list()
			.forEach(day -> days.put(day.day(), day));
		List<BoardDay> series = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			series.add(days.getOrDefault(day, new BoardDay(day, 0, 0, 0, 0, 0, 0, 0)));
		}
		return series;
	}

	/**
	 * The most searched queries in the range; with {@code withoutResults}, those that
	 * most often found nothing (the words the taxonomy or the jobs miss).
	 */
	@Transactional(readOnly = true)
	public List<QueryCount> topQueries(LocalDate from, LocalDate to, boolean withoutResults, int limit) {
		return range(from, to).sql("""
				with summed as (select through from analytics_aggregation where id = 1),
				queries as (
				  select q.query, q.searches, q.no_results from analytics_daily_query q, summed
				  where q.day between :from and :to and summed.through is not null and q.day <= summed.through
				  union all
				  select e.query, 1, case when e.result_count = 0 then 1 else 0 end from analytics_event e, summed
				  where e.type = 'SEARCH' and e.query <> '' and e.occurred_at >= :start and e.occurred_at < :end
				    and (summed.through is null or e.occurred_at >= (summed.through + 1)::timestamp at time zone 'UTC')
				)
				select query, sum(searches), sum(no_results) from queries group by query
				having sum(%s) > 0 order by %s, 1 limit :limit""".formatted(withoutResults ? "no_results" : "searches",
				withoutResults ? "3 desc, 2 desc" : "2 desc, 3 desc"))
			.param("limit", limit)
			.query((row, n) -> new QueryCount(row.getString(1), row.getLong(2), row.getLong(3)))
			.list();
	}

	/** Published jobs and companies with at least one, now. */
	@Transactional(readOnly = true)
	public long[] openJobsAndCompanies() {
		return jdbc.sql("select count(*), count(distinct company_id) from job where status = 'PUBLISHED'")
			.query((row, n) -> new long[] { row.getLong(1), row.getLong(2) })
			.single();
	}

	private Range range(LocalDate from, LocalDate to) {
		return new Range(jdbc, from, to);
	}

	/**
	 * Binds a range's days and its instants (start of the first day to end of the last).
	 */
	private record Range(JdbcClient jdbc, LocalDate from, LocalDate to) {

		JdbcClient.StatementSpec sql(String sql) {
			return jdbc.sql(sql)
				.param("from", Date.valueOf(from))
				.param("to", Date.valueOf(to))
				.param("start", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
				.param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}

	}

}
