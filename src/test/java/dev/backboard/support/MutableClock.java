package dev.backboard.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests can move, so that dates (posting age, expiry) are set rather than
 * waited for.
 */
public class MutableClock extends Clock {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	public void set(Instant instant) {
		now.set(instant);
	}

	public void reset() {
		now.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	public Instant minus(Duration duration) {
		return now.get().minus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now.get();
	}

}
