package dev.backboard.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

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

	/**
	 * The columns {@link #bodies} reads, besides the recipient, subject and unsubscribe
	 * address.
	 */
	public static final String CONTENT = "paragraphs, action_label, action_url, text_body, html_body";

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> smtp;

	private final TemplateEngine templates;

	private final NotificationsProperties properties;

	private final JsonMapper json;

	private final Rounds rounds = new Rounds(this::deliverPending);

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, TemplateEngine templates,
			NotificationsProperties properties, JsonMapper json) {
		this.jdbc = jdbc;
		this.smtp = smtp;
		this.templates = templates;
		this.properties = properties;
		this.json = json;
	}

	/** Whether mail only goes to the local mail page. */
	public boolean capturing() {
		return smtp.getIfAvailable() == null;
	}

	private String text(Mail mail) {
		StringBuilder text = new StringBuilder();
		mail.paragraphs().forEach(paragraph -> text.append(paragraph).append("\n\n"));
		if (mail.action() != null) {
			text.append(mail.action().label()).append(": ").append(mail.action().url()).append("\n\n");
		}
		return text.append("-- \nBackboard, jobs for backend engineers\n").toString();
	}

	private String html(Mail mail) {
		StringOutput output = new StringOutput();
		templates.render("mail/message.jte", Map.of("mail", mail), output);
		return output.toString();
	}

	/**
	 * The text and HTML parts of a queued mail, from a row of {@code outgoing_mail} with
	 * the columns {@link #CONTENT}: rendered from what the mail says, or as stored by a
	 * release that rendered mail as it queued it.
	 */
	public Bodies bodies(ResultSet row) throws SQLException {
		String paragraphs = row.getString("paragraphs");
		if (paragraphs == null) {
			return new Bodies(row.getString("text_body"), row.getString("html_body"));
		}
		String label = row.getString("action_label");
		Mail mail = new Mail(row.getString("recipient"), row.getString("subject"),
				List.of(json.readValue(paragraphs, String[].class)),
				label == null ? null : new Mail.Action(label, row.getString("action_url")),
				row.getString("list_unsubscribe"));
		return new Bodies(text(mail), html(mail));
	}

	/** A mail's plain-text and HTML parts. */
	public record Bodies(String text, String html) {
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
					returning id, recipient, subject, list_unsubscribe, """
					+ CONTENT)
			.param("claim", CLAIM.toSeconds())
			.param("max", properties.maxAttempts())
			.param("batch", BATCH)
			.query((row, n) -> new Pending(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
					bodies(row), row.getString("list_unsubscribe")))
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
		helper.setText(mail.bodies().text(), mail.bodies().html());
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

	record Pending(long id, String recipient, String subject, Bodies bodies, @Nullable String listUnsubscribe) {
	}

}
