package dev.backboard.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The events an endpoint can subscribe to, and the test event an owner sends by hand.
 */
public enum WebhookEvent {

	JOB_PUBLISHED("job.published"), JOB_UPDATED("job.updated"), JOB_CLOSED("job.closed"), JOB_EXPIRED("job.expired"),
	APPLICATION_CREATED("application.created"), APPLICATION_STAGE_CHANGED("application.stage_changed"),
	APPLICATION_WITHDRAWN("application.withdrawn"), PAYMENT_SUCCEEDED("payment.succeeded"),
	PAYMENT_REFUNDED("payment.refunded"), TEST("webhook.test");

	private final String type;

	WebhookEvent(String type) {
		this.type = type;
	}

	/** "job.published", as payloads and subscriptions name it. */
	public String type() {
		return type;
	}

	/** Every event but the test event, which is sent only by hand. */
	public static List<WebhookEvent> subscribable() {
		return Arrays.stream(values()).filter(event -> event != TEST).toList();
	}

	public static Optional<WebhookEvent> of(String type) {
		return subscribable().stream().filter(event -> event.type.equals(type)).findFirst();
	}

}
