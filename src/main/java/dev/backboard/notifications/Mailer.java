package dev.backboard.notifications;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

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

	private final Clock clock;

	Mailer(JdbcTemplate jdbc, MailDelivery delivery, Clock clock) {
		this.jdbc = jdbc;
		this.delivery = delivery;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void send(Mail mail) {
		sendAll(List.of(mail));
	}

	/**
	 * Queues several mails, each rendered on its own, in one statement: a sender of many
	 * mails at once (alerts) pays one round trip, not one per mail.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void sendAll(List<Mail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("""
				insert into outgoing_mail (recipient, subject, text_body, html_body, created_at, list_unsubscribe)
				select recipient, subject, text_body, html_body, ?::timestamptz, list_unsubscribe
				from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
				  as m(recipient, subject, text_body, html_body, list_unsubscribe)""", statement -> {
			Connection connection = statement.getConnection();
			statement.setTimestamp(1, now);
			statement.setArray(2, texts(connection, mails, Mail::to));
			statement.setArray(3, texts(connection, mails, Mail::subject));
			statement.setArray(4, texts(connection, mails, delivery::text));
			statement.setArray(5, texts(connection, mails, delivery::html));
			statement.setArray(6, texts(connection, mails, Mail::unsubscribe));
		});
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delivery.deliverSoon();
			}
		});
	}

	private static java.sql.Array texts(Connection connection, List<Mail> mails, Function<Mail, ? extends Object> field)
			throws SQLException {
		return connection.createArrayOf("text", mails.stream().map(field).toArray());
	}

}
