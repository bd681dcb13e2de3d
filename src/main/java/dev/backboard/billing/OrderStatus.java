package dev.backboard.billing;

/**
 * Where a purchase stands, as Stripe's webhooks tell it.
 */
public enum OrderStatus {

	PENDING("Waiting for payment"), FAILED("Payment failed"), EXPIRED("Checkout expired"), PAID("Paid"),
	REFUNDED("Refunded");

	private final String label;

	OrderStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
