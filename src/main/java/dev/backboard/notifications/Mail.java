package dev.backboard.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message to one person: a few paragraphs and at most one call to action. The mailer
 * renders it as both plain text and HTML.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param paragraphs the body, one plain-text paragraph each
 * @param action the link the mail is about, if any
 * @param unsubscribe the one-click unsubscribe address of a mail someone subscribed to
 * (RFC 8058), if any
 */
public record Mail(String to, String subject, List<String> paragraphs, @Nullable Action action,
		@Nullable String unsubscribe) {

	public Mail {
		paragraphs = List.copyOf(paragraphs);
	}

	public Mail(String to, String subject, List<String> paragraphs, @Nullable Action action) {
		this(to, subject, paragraphs, action, null);
	}

	public static Mail to(String to, String subject, String... paragraphs) {
		return new Mail(to, subject, List.of(paragraphs), null);
	}

	public Mail withAction(String label, String url) {
		return new Mail(to, subject, paragraphs, new Action(label, url), unsubscribe);
	}

	/**
	 * With {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers for that
	 * address, which takes a POST.
	 */
	public Mail withUnsubscribe(String url) {
		return new Mail(to, subject, paragraphs, action, url);
	}

	/**
	 * A button in the HTML part and a labelled link in the text part.
	 */
	public record Action(String label, String url) {
	}

}
