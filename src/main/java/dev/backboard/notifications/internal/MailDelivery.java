package dev.backboard.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

	/** The columns of {@code outgoing_mail} that {@link Stored#of} reads. */
	public static final String CONTENT = "recipient, subject, list_unsubscribe, paragraphs, action_label, action_url, "
			+ "text_body, html_body";

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
	 * The text and HTML parts of a queued mail: rendered from what it says, or as stored
	 * by a release that rendered mail as it queued it.
	 */
	public Bodies bodies(Stored mail) {
		if (mail.paragraphs() == null) {
			return new Bodies(Objects.requireNonNull(mail.textBody()), Objects.requireNonNull(mail.htmlBody()));
		}
		Mail message = new Mail(mail.recipient(), mail.subject(),
				List.of(json.readValue(mail.paragraphs(), String[].class)),
				mail.actionLabel() == null ? null
						: new Mail.Action(mail.actionLabel(), Objects.requireNonNull(mail.actionUrl())),
				mail.listUnsubscribe());
		return new Bodies(text(message), html(message));
	}

	/**
	 * A queued mail as its row holds it: what it says ({@code paragraphs}, a JSON array,
	 * and its call to action), or, queued by an earlier release, its rendered bodies.
	 */
	public record Stored(String recipient, String subject, @Nullable String listUnsubscribe,
			@Nullable String paragraphs, @Nullable String actionLabel, @Nullable String actionUrl,
			@Nullable String textBody, @Nullable String htmlBody) {

		/** From a row of {@code outgoing_mail} with the columns {@link #CONTENT}. */
		public static Stored of(ResultSet row) throws SQLException {
			return new Stored(row.getString("recipient"), row.getString("subject"), row.getString("list_unsubscribe"),
					row.getString("paragraphs"), row.getString("action_label"), row.getString("action_url"),
					row.getString("text_body"), row.getString("html_body"));
		}

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
			List<Long> done = new ArrayList<>();
			for (Pending mail : batch) {
				if (send(mail)) {
					done.add(mail.id());
				}
			}
			markSent(done);
			sent += done.size();
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
					returning id, """
					+ CONTENT)
			.param("claim", CLAIM.toSeconds())
			.param("max", properties.maxAttempts())
			.param("batch", BATCH)
			.query((row, n) -> new Pending(row.getLong("id"), Stored.of(row)))
			.list();
	}

	private boolean send(Pending mail) {
		try {
			JavaMailSender sender = smtp.getIfAvailable();
			if (sender != null) {
				sender.send(mime(sender, mail));
			}
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

	/**
	 * Marks the batch's sent mails in one statement (one commit, not one per mail). A
	 * node that stops before it sends them again once their claim expires: delivery is at
	 * least once, and a resent mail carries the same {@code Message-ID}.
	 */
	private void markSent(List<Long> ids) {
		if (!ids.isEmpty()) {
			// Rows locked in id order, as erasure locks them: the two cannot deadlock.
			jdbc.sql("""
					update outgoing_mail set sent_at = now(), claimed_until = null, last_error = null
					where id in (select id from outgoing_mail where id in (:ids) order by id for update)""")
				.param("ids", ids)
				.update();
		}
	}

	private MimeMessage mime(JavaMailSender sender, Pending mail) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(mail.stored().recipient());
		helper.setSubject(mail.stored().subject());
		// Rendered here, so that a mail that cannot be is retried and given up on its
		// own.
		Bodies bodies = bodies(mail.stored());
		helper.setText(bodies.text(), bodies.html());
		// The same outbox row always carries the same id, so a resend after a crash can
		// be
		// recognised by the receiving side.
		message.saveChanges();
		message.setHeader("Message-ID", "<mail-" + mail.id() + "@backboard>");
		if (mail.stored().listUnsubscribe() != null) {
			message.setHeader("List-Unsubscribe", "<" + mail.stored().listUnsubscribe() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

	private static @Nullable String abbreviate(@Nullable String message) {
		return message == null || message.length() <= 500 ? message : message.substring(0, 500);
	}

	record Pending(long id, Stored stored) {
	}

}
