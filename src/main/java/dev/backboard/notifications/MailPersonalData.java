package dev.backboard.notifications;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.privacy.AccountAddresses;
import dev.backboard.core.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail Backboard sent (or is about to send) to the person's address: listed in the
 * export, deleted from the outbox on erasure, pending or not.
 */
@Component
class MailPersonalData implements PersonalData {

	private final AccountAddresses addresses;

	private final JdbcClient jdbc;

	MailPersonalData(AccountAddresses addresses, JdbcClient jdbc) {
		this.addresses = addresses;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "mail";
	}

	@Override
	public Object export(long accountId) {
		return addresses.emailOf(accountId)
			.map(email -> jdbc.sql("""
					select subject, created_at, sent_at from outgoing_mail
					where lower(recipient) = lower(?) order by created_at, id""")
				.param(email)
				.query((row, n) -> new SentMail(row.getString(1), row.getTimestamp(2).toInstant(),
						row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()))
				.list())
			.orElse(List.of());
	}

	@Override
	public void erase(long accountId) {
		addresses.emailOf(accountId).ifPresent(email -> jdbc.sql("""
				delete from outgoing_mail where id in (select id from outgoing_mail where lower(recipient) = lower(?)
				order by id for update)""").param(email).update());
	}

	record SentMail(String subject, Instant queuedAt, @Nullable Instant sentAt) {
	}

}
