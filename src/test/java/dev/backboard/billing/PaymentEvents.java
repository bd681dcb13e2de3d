package dev.backboard.billing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

/**
 * Records the payment events the billing module publishes, as a module that tells
 * employers about payments would receive them.
 */
public class PaymentEvents {

	private final List<Object> received = new CopyOnWriteArrayList<>();

	@EventListener
	void on(PaymentSucceeded event) {
		received.add(event);
	}

	@EventListener
	void on(PaymentRefunded event) {
		received.add(event);
	}

	public List<PaymentSucceeded> succeeded(long orderId) {
		return received.stream()
			.filter(PaymentSucceeded.class::isInstance)
			.map(PaymentSucceeded.class::cast)
			.filter(event -> event.orderId() == orderId)
			.toList();
	}

	public List<PaymentRefunded> refunded(long orderId) {
		return received.stream()
			.filter(PaymentRefunded.class::isInstance)
			.map(PaymentRefunded.class::cast)
			.filter(event -> event.orderId() == orderId)
			.toList();
	}

}
