package dev.backboard.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import dev.backboard.core.copy.CopyWriter;
import dev.backboard.notifications.internal.MailDelivery;

import org.springframework.jdbc.core.ConnectionCallback;
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
	 * Queues several mails with one {@code COPY}: a sender of many mails at once (alerts)
	 * pays one round trip, not one per mail, and no statement to parse. What each mail
	 * says is stored; the delivering node renders it.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void sendAll(List<Mail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		CopyWriter rows = new CopyWriter(mails.size() * 768);
		for (Mail mail : mails) {
			rows.text(mail.to())
				.text(mail.subject())
				.text(json.writeValueAsString(mail.paragraphs()))
				.text(mail.action() == null ? null : mail.action().label())
				.text(mail.action() == null ? null : mail.action().url())
				.instant(now)
				.text(mail.unsubscribe())
				.endRow();
		}
		jdbc.execute((ConnectionCallback<Long>) connection -> rows.copyTo(connection,
				"outgoing_mail (recipient, subject, paragraphs, action_label, action_url, created_at, list_unsubscribe)"));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delivery.deliverSoon();
			}
		});
	}

}
