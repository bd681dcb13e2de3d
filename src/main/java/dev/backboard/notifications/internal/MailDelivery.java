package dev.backboard.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.core.scheduling.Rounds;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.NotificationsProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail. Each node claims a batch with {@code SKIP LOCKED}, so two nodes
 * never send the same mail; a claim that is not marked sent (the node died) expires and
 * the mail is sent again later. Without an SMTP server configured, mail is only captured
 * for the local mail page.
 */
@Component
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int BATCH = 20;

	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> smtp;

	private final TemplateEngine templates;

	private final NotificationsProperties properties;

	private final Rounds rounds = new Rounds(this::deliverPending);

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, TemplateEngine templates,
			NotificationsProperties properties) {
		this.jdbc = jdbc;
		this.smtp = smtp;
		this.templates = templates;
		this.properties = properties;
	}

	/** Whether mail only goes to the local mail page. */
	public boolean capturing() {
		return smtp.getIfAvailable() == null;
	}

	public String text(Mail mail) {
		StringBuilder text = new StringBuilder();
		mail.paragraphs().forEach(paragraph -> text.append(paragraph).append("\n\n"));
		if (mail.action() != null) {
			text.append(mail.action().label()).append(": ").append(mail.action().url()).append("\n\n");
		}
		return text.append("-- \nBackboard, jobs for backend engineers\n").toString();
	}

	public String html(Mail mail) {
		StringOutput output = new StringOutput();
		templates.render("mail/message.jte", Map.of("mail", mail), output);
		return output.toString();
	}

	/** Starts a delivery round now, or right after the one that is running. */
	public void deliverSoon() {
		rounds.runSoon();
	}

	/**
	 * Sends every mail that is due.
	 * @return how many went out
	 */
	public int deliverPending() {
		int sent = 0;
		List<Pending> batch;
		do {
			batch = claim();
			for (Pending mail : batch) {
				if (send(mail)) {
					sent++;
				}
			}
		}
		while (batch.size() == BATCH);
		return sent;
	}

	private List<Pending> claim() {
		return jdbc
			.sql("""
					update outgoing_mail set claimed_until = now() + make_interval(secs => :claim), attempts = attempts + 1
					where id in (select id from outgoing_mail
					             where sent_at is null and attempts < :max and (claimed_until is null or claimed_until < now())
					             order by id limit :batch for update skip locked)
					returning id, recipient, subject, text_body, html_body, list_unsubscribe""")
			.param("claim", CLAIM.toSeconds())
			.param("max", properties.maxAttempts())
			.param("batch", BATCH)
			.query(Pending.class)
			.list();
	}

	private boolean send(Pending mail) {
		try {
			JavaMailSender sender = smtp.getIfAvailable();
			if (sender != null) {
				sender.send(mime(sender, mail));
			}
			jdbc.sql("update outgoing_mail set sent_at = now(), claimed_until = null, last_error = null where id = :id")
				.param("id", mail.id())
				.update();
			return true;
		}
		catch (Exception ex) {
			log.warn("Mail {} could not be sent, will retry: {}", mail.id(), ex.getMessage());
			jdbc.sql("""
					update outgoing_mail set last_error = :error,
					  claimed_until = now() + make_interval(secs => :retry)
					where id = :id""")
				.param("error", abbreviate(ex.getMessage()))
				.param("retry", properties.retryEvery().toSeconds())
				.param("id", mail.id())
				.update();
			return false;
		}
	}

	private MimeMessage mime(JavaMailSender sender, Pending mail) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.textBody(), mail.htmlBody());
		// The same outbox row always carries the same id, so a resend after a crash can
		// be
		// recognised by the receiving side.
		message.saveChanges();
		message.setHeader("Message-ID", "<mail-" + mail.id() + "@backboard>");
		if (mail.listUnsubscribe() != null) {
			message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

	private static @Nullable String abbreviate(@Nullable String message) {
		return message == null || message.length() <= 500 ? message : message.substring(0, 500);
	}

	record Pending(long id, String recipient, String subject, String textBody, String htmlBody,
			@Nullable String listUnsubscribe) {
	}

}
