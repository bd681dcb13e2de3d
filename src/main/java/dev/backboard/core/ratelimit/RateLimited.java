package dev.backboard.core.ratelimit;

import java.time.Duration;

/**
 * Too many attempts: the caller may try again after the given time. Pages and the API
 * answer it with 429 and {@code Retry-After}.
 */
public class RateLimited extends RuntimeException {

	private final Duration retryAfter;

	public RateLimited(String limit, Duration retryAfter) {
		super("Too many requests for " + limit);
		this.retryAfter = retryAfter;
	}

	/** Whole seconds to wait, at least one. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
