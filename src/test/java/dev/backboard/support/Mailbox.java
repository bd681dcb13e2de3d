package dev.backboard.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail the application sent to the test SMTP server, read as a person would: by
 * recipient, newest last, with the links in it.
 */
public class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

	private final GreenMail greenMail;

	public Mailbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/** All mail to that address so far. */
	public List<Received> to(String address) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(message -> recipients(message).contains(address.toLowerCase()))
			.map(Received::new)
			.toList();
	}

	/** Waits up to ten seconds for the n-th mail (1-based) to that address. */
	public Received waitFor(String address, int count) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			List<Received> received = to(address);
			if (received.size() >= count) {
				return received.get(count - 1);
			}
			sleep();
		}
		throw new AssertionError("Expected " + count + " mail(s) to " + address + ", got " + to(address).size());
	}

	/** Waits for the latest mail to that address whose subject contains the words. */
	public Received waitForSubject(String address, String subjectPart) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			List<Received> matching = to(address).stream()
				.filter(mail -> mail.subject().contains(subjectPart))
				.toList();
			if (!matching.isEmpty()) {
				return matching.getLast();
			}
			sleep();
		}
		throw new AssertionError("No mail to " + address + " about '" + subjectPart + "'");
	}

	private static String recipients(MimeMessage message) {
		try {
			return Arrays.toString(message.getRecipients(Message.RecipientType.TO)).toLowerCase();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One received mail.
	 */
	public record Received(MimeMessage message) {

		public String subject() {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The plain-text part. */
		public String text() {
			return part("text/plain");
		}

		/** The HTML part. */
		public String html() {
			return part("text/html");
		}

		/** The first link in the text part that contains the given path. */
		public String link(String pathPart) {
			Matcher matcher = LINK.matcher(text());
			while (matcher.find()) {
				if (matcher.group().contains(pathPart)) {
					return matcher.group();
				}
			}
			throw new AssertionError("No link with " + pathPart + " in: " + text());
		}

		private String part(String type) {
			try {
				return find(message.getContent(), type);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static String find(Object content, String type) throws Exception {
			if (content instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart part = multipart.getBodyPart(i);
					if (part.isMimeType(type)) {
						return String.valueOf(part.getContent());
					}
					String nested = find(part.getContent(), type);
					if (!nested.isEmpty()) {
						return nested;
					}
				}
			}
			return "";
		}

	}

}
