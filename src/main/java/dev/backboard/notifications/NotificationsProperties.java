package dev.backboard.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail leaves the board.
 *
 * @param from the sender address of every mail
 * @param retryEvery how often mail that could not be sent is retried
 * @param maxAttempts after how many failed attempts a mail is given up
 */
@ConfigurationProperties("backboard.notifications")
public record NotificationsProperties(@DefaultValue("Backboard <no-reply@backboard.localhost>") String from,
		@DefaultValue("15s") Duration retryEvery, @DefaultValue("10") int maxAttempts) {
}
