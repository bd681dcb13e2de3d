package dev.backboard.webhooks;

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
public record WebhookEndpoint(long id, String companySlug, String url, String description, List<String> events,
		boolean enabled, @Nullable String disabledReason, @Nullable Instant previousSecretValidUntil,
		Instant createdAt) {

	public WebhookEndpoint {
		events = List.copyOf(events);
	}

}
