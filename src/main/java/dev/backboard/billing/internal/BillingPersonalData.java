package dev.backboard.billing.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The purchases a person started for their company. On erasure the orders stay, as the
 * company's accounting records, without the person.
 */
@Component
class BillingPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	BillingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A purchase the person started.
	 *
	 * @param company for whom
	 * @param item what
	 * @param job the job's title, for a listing or an upgrade
	 * @param amount in the currency's smallest unit
	 * @param currency ISO 4217
	 * @param status where it stands
	 * @param startedAt when checkout started
	 * @param paidAt when it was paid
	 */
	record Purchase(String company, String item, @Nullable String job, long amount, String currency, String status,
			Instant startedAt, @Nullable Instant paidAt) {
	}

	@Override
	public String section() {
		return "purchases";
	}

	@Override
	public Object export(long accountId) {
		return jdbc.sql("""
				select c.name, p.label, o.job_title, o.amount, o.currency, o.status, o.created_at, o.paid_at
				from billing_order o join company c on c.id = o.company_id join billing_price p on p.id = o.price_id
				where o.created_by = ? order by o.created_at, o.id""").param(accountId).query((row, n) -> {
			Timestamp paid = row.getTimestamp(8);
			return new Purchase(row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
					row.getString(6), row.getTimestamp(7).toInstant(), paid == null ? null : paid.toInstant());
		}).list();
	}

	@Override
	public void erase(long accountId) {
		jdbc.sql("update billing_order set created_by = null where created_by = ?").param(accountId).update();
	}

}
