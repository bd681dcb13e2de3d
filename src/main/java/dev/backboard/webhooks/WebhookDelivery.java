package dev.backboard.webhooks;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record WebhookDelivery(@Schema(example = "981") long id,
		@Schema(example = "msg_287e03db1d99e0ec2edb90d079e142f3") String messageId,
		@Schema(example = "job.published") String eventType,
		@Schema(example = "2026-12-01T09:30:00Z") Instant createdAt, @Schema(example = "1") int attempts, State state,
		@Schema(example = "503") @Nullable Integer lastStatus,
		@Schema(example = "answered 503") @Nullable String lastError,
		@Schema(example = "2026-12-01T09:35:00Z") @Nullable Instant nextAttemptAt, String payload) {

	/** Where a delivery stands. */
	public enum State {

		PENDING, DELIVERED, FAILED

	}

}
