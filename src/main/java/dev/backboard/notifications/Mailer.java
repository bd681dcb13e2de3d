package dev.backboard.notifications;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.notifications.internal.MailDelivery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues mail in the caller's transaction: it goes out after the commit, and not at all
 * if the transaction rolls back.
 */
@Service
public class Mailer {

	private final JdbcTemplate jdbc;

	private final MailDelivery delivery;

	private final JsonMapper json;

	private final Clock clock;

	Mailer(JdbcTemplate jdbc, MailDelivery delivery, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.delivery = delivery;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void send(Mail mail) {
		sendAll(List.of(mail));
	}

	/**
	 * Queues several mails in one statement: a sender of many mails at once (alerts) pays
	 * one round trip, not one per mail. What each mail says is stored; the delivering
	 * node renders it.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void sendAll(List<Mail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("""
				insert into outgoing_mail (recipient, subject, paragraphs, action_label, action_url, created_at,
				  list_unsubscribe)
				select recipient, subject, paragraphs::jsonb, action_label, action_url, ?::timestamptz, list_unsubscribe
				from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
				  as m(recipient, subject, paragraphs, action_label, action_url, list_unsubscribe)""", statement -> {
			Connection connection = statement.getConnection();
			statement.setTimestamp(1, now);
			statement.setArray(2, texts(connection, mails, Mail::to));
			statement.setArray(3, texts(connection, mails, Mail::subject));
			statement.setArray(4, texts(connection, mails, mail -> json.writeValueAsString(mail.paragraphs())));
			statement.setArray(5,
					texts(connection, mails, mail -> mail.action() == null ? null : mail.action().label()));
			statement.setArray(6, texts(connection, mails, mail -> mail.action() == null ? null : mail.action().url()));
			statement.setArray(7, texts(connection, mails, Mail::unsubscribe));
		});
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delivery.deliverSoon();
			}
		});
	}

	private static java.sql.Array texts(Connection connection, List<Mail> mails, Function<Mail, @Nullable String> field)
			throws SQLException {
		return connection.createArrayOf("text", mails.stream().map(field).toArray());
	}

}
