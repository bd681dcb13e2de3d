package dev.backboard.core.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many attempts each limit allows per key (an IP address, an account) and period.
 * Names are those passed to {@link RateLimits#consume}, e.g. {@code login-ip}.
 *
 * @param limits the limits by name; a name without an entry is not limited
 */
@ConfigurationProperties("backboard.rate-limits")
public record RateLimitProperties(@DefaultValue Map<String, Limit> limits) {

	/**
	 * @param capacity attempts allowed in a burst
	 * @param period the time in which the full capacity comes back
	 */
	public record Limit(int capacity, Duration period) {
	}

}
