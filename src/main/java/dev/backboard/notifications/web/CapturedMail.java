package dev.backboard.notifications.web;

import java.time.Instant;

/**
 * A mail as the local mail page shows it.
 */
public record CapturedMail(long id, String recipient, String subject, Instant createdAt, String textBody,
		String htmlBody) {
}
