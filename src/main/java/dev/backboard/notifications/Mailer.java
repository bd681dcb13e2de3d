package dev.backboard.notifications;

import java.time.Clock;
import java.sql.Timestamp;

import dev.backboard.notifications.internal.MailDelivery;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final MailDelivery delivery;

	private final Clock clock;

	Mailer(JdbcClient jdbc, MailDelivery delivery, Clock clock) {
		this.jdbc = jdbc;
		this.delivery = delivery;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void send(Mail mail) {
		jdbc.sql("""
				insert into outgoing_mail (recipient, subject, text_body, html_body, created_at, list_unsubscribe)
				values (:to, :subject, :text, :html, :now, :unsubscribe)""")
			.param("to", mail.to())
			.param("subject", mail.subject())
			.param("text", delivery.text(mail))
			.param("html", delivery.html(mail))
			.param("now", Timestamp.from(clock.instant()))
			.param("unsubscribe", mail.unsubscribe())
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delivery.deliverSoon();
			}
		});
	}

}
