package dev.backboard.insights.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.backboard.insights.InsightFilter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports in PostgreSQL ({@code insight_report}), one row per filter and day, so that
 * every node serves the same numbers and none computes what another already did.
 */
@Component
class StoredReports {

	/** A report as read, with the day it was computed for. */
	record Stored(LocalDate day, MarketReport report) {
	}

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	StoredReports(JdbcTemplate jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** "skill=go&country=DE&seniority=SENIOR", empty parts left out; "" for every job. */
	static String key(InsightFilter filter) {
		StringBuilder key = new StringBuilder();
		if (filter.skill() != null) {
			key.append("skill=").append(filter.skill());
		}
		if (filter.country() != null) {
			key.append(key.isEmpty() ? "" : "&").append("country=").append(filter.country());
		}
		if (filter.seniority() != null) {
			key.append(key.isEmpty() ? "" : "&").append("seniority=").append(filter.seniority().name());
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	/** The newest report for the filter on or before the day: one row through the key. */
	Optional<Stored> latest(InsightFilter filter, LocalDate day) {
		return jdbc
			.query("select day, report::text from insight_report where filter_key = ? and day <= ?"
					+ " order by day desc limit 1",
					(rs, row) -> new Stored(rs.getObject(1, LocalDate.class),
							json.readValue(rs.getString(2), MarketReport.class)),
					key(filter), Date.valueOf(day))
			.stream()
			.findFirst();
	}

	boolean has(InsightFilter filter, LocalDate day) {
		Integer found = jdbc.queryForObject("select count(*) from insight_report where filter_key = ? and day = ?",
				Integer.class, key(filter), Date.valueOf(day));
		return found != null && found > 0;
	}

	/**
	 * Stores the reports in one transaction, so that other nodes see all of them or none,
	 * the report of every job last (its presence marks a complete daily run).
	 */
	void store(LocalDate day, Map<InsightFilter, MarketReport> reports) {
		List<Object[]> rows = reports.entrySet()
			.stream()
			.sorted(java.util.Comparator.comparing(entry -> entry.getKey().equals(InsightFilter.ALL)))
			.map(entry -> new Object[] { key(entry.getKey()), Date.valueOf(day),
					json.writeValueAsString(entry.getValue()) })
			.toList();
		jdbc.batchUpdate(
				"insert into insight_report (filter_key, day, report) values (?, ?, ?::jsonb)"
						+ " on conflict (filter_key, day) do update set report = excluded.report, computed_at = now()",
				rows);
	}

	/** Deletes every day before the given one; returns how many reports went. */
	int deleteBefore(LocalDate day) {
		return jdbc.update("delete from insight_report where day < ?", Date.valueOf(day));
	}

}
