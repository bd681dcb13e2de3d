package dev.backboard.billing;

/**
 * Stripe could not be reached or refused the request: nothing was bought, the employer
 * may try again.
 */
public class PaymentsUnavailable extends RuntimeException {

	public PaymentsUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
