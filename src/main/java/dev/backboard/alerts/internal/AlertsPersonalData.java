package dev.backboard.alerts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.privacy.AccountAddresses;
import dev.backboard.core.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's saved searches, for the data export and the erasure: those of their account
 * and those saved without signing in for their account's address.
 */
@Component
class AlertsPersonalData implements PersonalData {

	private static final String OWNED = """
			(account_id = :account or (account_id is null and lower(email) = :email))""";

	private final JdbcClient jdbc;

	private final AccountAddresses addresses;

	AlertsPersonalData(JdbcClient jdbc, AccountAddresses addresses) {
		this.jdbc = jdbc;
		this.addresses = addresses;
	}

	@Override
	public String section() {
		return "alerts";
	}

	@Override
	public Object export(long accountId) {
		return jdbc.sql("""
				select sub.email, sub.time_zone, sub.confirmed_at, s.name, s.query, s.frequency, s.active, s.created_at
				from alert_subscriber sub join saved_search s on s.subscriber_id = sub.id
				where""" + " " + OWNED + " order by s.id")
			.param("account", accountId)
			.param("email", email(accountId))
			.query((row, n) -> new ExportedSearch(row.getString("email"), row.getString("name"),
					"/jobs?" + row.getString("query"), row.getString("frequency"), row.getBoolean("active"),
					row.getString("time_zone"), instant(row.getTimestamp("confirmed_at")),
					row.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Override
	public void erase(long accountId) {
		jdbc.sql("delete from alert_subscriber where " + OWNED)
			.param("account", accountId)
			.param("email", email(accountId))
			.update();
	}

	private String email(long accountId) {
		return addresses.emailOf(accountId).map(e -> e.toLowerCase(Locale.ROOT)).orElse("");
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	record ExportedSearch(String email, String name, String search, String frequency, boolean active, String timeZone,
			@Nullable Instant confirmedAt, Instant createdAt) {
	}

}
