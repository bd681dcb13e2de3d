package dev.backboard.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One message to one endpoint, as the delivery log shows it.
 *
 * @param id the delivery's id
 * @param messageId the {@code webhook-id} it is sent with, the same on every attempt
 * @param eventType e.g. "job.published"
 * @param createdAt when the event happened
 * @param attempts how many times it was sent
 * @param state pending, delivered or failed
 * @param lastStatus the receiver's last HTTP status, if it answered
 * @param lastError why the last attempt failed, if it did
 * @param nextAttemptAt when it is sent again, while pending
 * @param payload the JSON body
 */
public record WebhookDelivery(long id, String messageId, String eventType, Instant createdAt, int attempts, State state,
		@Nullable Integer lastStatus, @Nullable String lastError, @Nullable Instant nextAttemptAt, String payload) {

	/** Where a delivery stands. */
	public enum State {

		PENDING, DELIVERED, FAILED

	}

}
