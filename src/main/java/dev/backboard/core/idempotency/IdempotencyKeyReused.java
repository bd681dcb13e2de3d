package dev.backboard.core.idempotency;

/**
 * The Idempotency-Key was already used with another request body: answered with 422.
 */
public class IdempotencyKeyReused extends RuntimeException {

	public IdempotencyKeyReused() {
		super("This Idempotency-Key was already used with a different request body");
	}

}
