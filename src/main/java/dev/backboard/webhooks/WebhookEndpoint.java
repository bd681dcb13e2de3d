package dev.backboard.webhooks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An employer's endpoint as its owners see it; the signing secret is shown only when it
 * is made.
 *
 * @param id the endpoint's id
 * @param companySlug the company it belongs to
 * @param url where events are posted
 * @param description the owners' note
 * @param events the event types it receives
 * @param enabled false once disabled after repeated failures (or by hand)
 * @param disabledReason why it was disabled
 * @param previousSecretValidUntil until when the secret before the last rotation still
 * signs, during a rotation
 * @param createdAt when it was made
 */
public record WebhookEndpoint(@Schema(example = "73") long id, @Schema(example = "acme") String companySlug,
		@Schema(example = "https://hooks.example.com/backboard") String url,
		@Schema(example = "Sync jobs to our careers page") String description,
		@Schema(example = "[\"job.published\", \"job.closed\"]") List<String> events,
		@Schema(example = "true") boolean enabled,
		@Schema(example = "Disabled after 5 days of failed deliveries") @Nullable String disabledReason,
		@Schema(example = "2026-12-02T09:30:00Z") @Nullable Instant previousSecretValidUntil,
		@Schema(example = "2026-12-01T09:30:00Z") Instant createdAt) {

	public WebhookEndpoint {
		events = List.copyOf(events);
	}

}
