package dev.backboard.billing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's figures: what was paid per day and month (net of refunds), refunds,
 * disputes, and every payment as CSV.
 */
@Service
public class Revenue {

	private final JdbcClient jdbc;

	Revenue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param period the day ({@code 2026-12-06}) or month ({@code 2026-12}), in UTC
	 * @param currency ISO 4217
	 * @param payments how many orders were paid
	 * @param gross what they paid, in the smallest unit
	 * @param refunded what was given back of it
	 */
	public record Period(String period, String currency, long payments, long gross, long refunded) {

		public String grossDisplay() {
			return Money.format(gross, currency);
		}

		public String netDisplay() {
			return Money.format(gross - refunded, currency);
		}

	}

	/**
	 * A refunded or disputed payment.
	 *
	 * @param orderId the order
	 * @param companyName who paid
	 * @param label what was bought
	 * @param amount what was paid
	 * @param refunded what was given back
	 * @param currency ISO 4217
	 * @param at when it was refunded or disputed
	 * @param reason the dispute's reason
	 */
	public record Incident(long orderId, String companyName, String label, long amount, long refunded, String currency,
			Instant at, @Nullable String reason) {

		public String amountDisplay() {
			return Money.format(amount, currency);
		}

		public String refundedDisplay() {
			return Money.format(refunded, currency);
		}

	}

	@Transactional(readOnly = true)
	public List<Period> daily(int days) {
		return periods("YYYY-MM-DD", days);
	}

	@Transactional(readOnly = true)
	public List<Period> monthly(int months) {
		return periods("YYYY-MM", months);
	}

	@Transactional(readOnly = true)
	public List<Incident> refunds(int limit) {
		return incidents("o.refunded_at", "o.refunded_amount > 0", limit);
	}

	@Transactional(readOnly = true)
	public List<Incident> disputes(int limit) {
		return incidents("o.disputed_at", "o.disputed_at is not null", limit);
	}

	/** Every paid order, oldest first, with RFC 4180 quoting. */
	@Transactional(readOnly = true)
	public String csv() {
		StringBuilder csv = new StringBuilder(
				"order_id,paid_at,company,kind,item,job,amount,currency,refunded,status,disputed_at\r\n");
		jdbc.sql("""
				select o.id, o.paid_at, c.name, o.kind, p.label, o.job_title, o.amount, o.currency, o.refunded_amount,
				       o.status, o.disputed_at
				from billing_order o join company c on c.id = o.company_id join billing_price p on p.id = o.price_id
				where o.paid_at is not null order by o.paid_at, o.id""").query((row, n) -> {
			Timestamp disputed = row.getTimestamp(11);
			return String.join(",", Long.toString(row.getLong(1)), row.getTimestamp(2).toInstant().toString(),
					quote(row.getString(3)), row.getString(4), quote(row.getString(5)), quote(row.getString(6)),
					Money.format(row.getLong(7), row.getString(8)).split(" ")[0], row.getString(8).toUpperCase(),
					Money.format(row.getLong(9), row.getString(8)).split(" ")[0], row.getString(10),
					disputed == null ? "" : disputed.toInstant().toString());
		}).list().forEach(line -> csv.append(line).append("\r\n"));
		return csv.toString();
	}

	private List<Period> periods(String format, int limit) {
		return jdbc.sql("""
				select to_char(o.paid_at at time zone 'UTC', '%s') as period, o.currency, count(*),
				       sum(o.amount), sum(o.refunded_amount)
				from billing_order o where o.paid_at is not null
				group by 1, 2 order by 1 desc, 2 limit :limit""".formatted(format))
			.param("limit", limit)
			.query((row, n) -> new Period(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
					row.getLong(5)))
			.list();
	}

	private List<Incident> incidents(String at, String condition, int limit) {
		return jdbc.sql("""
				select o.id, c.name, p.label, o.amount, o.refunded_amount, o.currency, %s, o.dispute_reason
				from billing_order o join company c on c.id = o.company_id join billing_price p on p.id = o.price_id
				where %s order by %s desc limit :limit""".formatted(at, condition, at))
			.param("limit", limit)
			.query((row, n) -> new Incident(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
					row.getLong(5), row.getString(6), row.getTimestamp(7).toInstant(), row.getString(8)))
			.list();
	}

	/** Quotes a CSV field, and defuses a leading formula character for spreadsheets. */
	private static String quote(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
