package dev.backboard.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.backboard.billing.Order;
import dev.backboard.billing.OrderStatus;
import dev.backboard.billing.Price;
import dev.backboard.billing.PriceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The billing_order rows: what companies bought or started to buy.
 */
@Repository
public class Orders {

	private static final String SELECT = """
			select o.id, o.company_id, o.job_id, o.job_title, o.kind, p.label, p.days, p.listings, o.amount, o.currency,
			       o.status, o.checkout_url, o.receipt_url, o.invoice_url, o.failure_message, o.refunded_amount,
			       o.created_at, o.paid_at, o.disputed_at, o.checkout_session_id, o.payment_intent_id
			from billing_order o join billing_price p on p.id = o.price_id
			""";

	private final JdbcClient jdbc;

	Orders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An order as the webhook handlers need it: with the ids Stripe knows it by. */
	public record Stored(Order order, @Nullable Integer days, @Nullable Integer listings, @Nullable String sessionId,
			@Nullable String paymentIntentId) {
	}

	/**
	 * Inserts a pending order unless an open one for the same job and kind, or with the
	 * same request key, exists (a concurrent one waits for the first to commit).
	 * @return the new order's id, or empty when one existed
	 */
	public Optional<Long> insertPending(long companyId, @Nullable Long jobId, @Nullable String jobTitle, Price price,
			String requestKey, @Nullable Long accountId, Instant now) {
		return jdbc.sql("""
				insert into billing_order (company_id, job_id, job_title, price_id, kind, amount, currency, status,
				                           request_key, created_by, created_at)
				values (:company, :job, :title, :price, :kind, :amount, :currency, 'PENDING', :key, :account, :now)
				on conflict do nothing
				returning id""")
			.param("company", companyId)
			.param("job", jobId)
			.param("title", jobTitle)
			.param("price", price.id())
			.param("kind", price.kind().name())
			.param("amount", price.amount())
			.param("currency", price.currency())
			.param("key", requestKey)
			.param("account", accountId)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	/** The open order for a job and kind, or the order made by a request key. */
	public Optional<Stored> existing(@Nullable Long jobId, PriceKind kind, String requestKey) {
		return jdbc.sql(SELECT + """
				where o.request_key = :key
				   or (o.job_id = :job and o.kind = :kind and o.status = 'PENDING')
				order by o.id desc limit 1""")
			.param("key", requestKey)
			.param("job", jobId)
			.param("kind", kind.name())
			.query(Orders::stored)
			.optional();
	}

	public void attachSession(long orderId, String sessionId, @Nullable String url) {
		jdbc.sql("update billing_order set checkout_session_id = :session, checkout_url = :url where id = :id")
			.param("session", sessionId)
			.param("url", url)
			.param("id", orderId)
			.update();
	}

	/** The order, locked for the rest of the transaction. */
	public Optional<Stored> lockedById(long orderId) {
		return jdbc.sql(SELECT + " where o.id = :id for update of o")
			.param("id", orderId)
			.query(Orders::stored)
			.optional();
	}

	public Optional<Stored> lockedBySession(String sessionId) {
		return lockedBy("checkout_session_id", sessionId);
	}

	public Optional<Stored> lockedByPaymentIntent(String paymentIntentId) {
		return lockedBy("payment_intent_id", paymentIntentId);
	}

	private Optional<Stored> lockedBy(String column, String value) {
		return jdbc.sql(SELECT + " where o." + column + " = :value for update of o")
			.param("value", value)
			.query(Orders::stored)
			.optional();
	}

	public Optional<Order> ofCompanyBySession(long companyId, String sessionId) {
		return jdbc.sql(SELECT + " where o.company_id = :company and o.checkout_session_id = :session")
			.param("company", companyId)
			.param("session", sessionId)
			.query(Orders::stored)
			.optional()
			.map(Stored::order);
	}

	/** The company's orders, newest first. */
	public List<Order> ofCompany(long companyId, int limit) {
		return jdbc.sql(SELECT + " where o.company_id = :company order by o.created_at desc, o.id desc limit :limit")
			.param("company", companyId)
			.param("limit", limit)
			.query(Orders::stored)
			.list()
			.stream()
			.map(Stored::order)
			.toList();
	}

	/** The open order of a job, if it waits for a payment. */
	public Optional<Order> pendingForJob(long jobId, PriceKind kind) {
		return jdbc.sql(SELECT + " where o.job_id = :job and o.kind = :kind and o.status = 'PENDING'")
			.param("job", jobId)
			.param("kind", kind.name())
			.query(Orders::stored)
			.optional()
			.map(Stored::order);
	}

	public void markPaid(long orderId, String paymentIntentId, @Nullable String receiptUrl, @Nullable String invoiceUrl,
			Instant at) {
		jdbc.sql("""
				update billing_order set status = 'PAID', payment_intent_id = :intent, paid_at = :at,
				       receipt_url = coalesce(:receipt, receipt_url), invoice_url = coalesce(:invoice, invoice_url),
				       failure_message = null
				where id = :id""")
			.param("intent", paymentIntentId)
			.param("receipt", receiptUrl)
			.param("invoice", invoiceUrl)
			.param("at", Timestamp.from(at))
			.param("id", orderId)
			.update();
	}

	public void setStatus(long orderId, OrderStatus status, @Nullable String failureMessage) {
		jdbc.sql("update billing_order set status = :status, failure_message = :message where id = :id")
			.param("status", status.name())
			.param("message", failureMessage)
			.param("id", orderId)
			.update();
	}

	public void markRefunded(long orderId, long refundedAmount, boolean full, Instant at) {
		jdbc.sql("""
				update billing_order set refunded_amount = :refunded, refunded_at = :at,
				       status = case when :full then 'REFUNDED' else status end
				where id = :id""")
			.param("refunded", refundedAmount)
			.param("full", full)
			.param("at", Timestamp.from(at))
			.param("id", orderId)
			.update();
	}

	public void markDisputed(long orderId, String reason, Instant at) {
		jdbc.sql("update billing_order set disputed_at = :at, dispute_reason = :reason where id = :id")
			.param("at", Timestamp.from(at))
			.param("reason", reason.length() > 100 ? reason.substring(0, 100) : reason)
			.param("id", orderId)
			.update();
	}

	private static Stored stored(ResultSet row, int n) throws SQLException {
		long job = row.getLong("job_id");
		Long jobId = row.wasNull() ? null : job;
		int days = row.getInt("days");
		Integer daysOrNull = row.wasNull() ? null : days;
		int listings = row.getInt("listings");
		Integer listingsOrNull = row.wasNull() ? null : listings;
		Order order = new Order(row.getLong("id"), row.getLong("company_id"), jobId, row.getString("job_title"),
				PriceKind.valueOf(row.getString("kind")), row.getString("label"), row.getLong("amount"),
				row.getString("currency"), OrderStatus.valueOf(row.getString("status")), row.getString("checkout_url"),
				row.getString("receipt_url"), row.getString("invoice_url"), row.getString("failure_message"),
				row.getLong("refunded_amount"), instant(row, "created_at"), instant(row, "paid_at"),
				instant(row, "disputed_at"));
		return new Stored(order, daysOrNull, listingsOrNull, row.getString("checkout_session_id"),
				row.getString("payment_intent_id"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
