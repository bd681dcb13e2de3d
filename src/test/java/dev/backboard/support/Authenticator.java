package dev.backboard.support;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * An authenticator app for tests, whose clock stands still: the board accepts each time
 * step's code once, and one step of drift either way, so it hands out the previous, the
 * current and the next step's code, each once.
 */
public class Authenticator {

	private final Map<String, Long> lastStep = new ConcurrentHashMap<>();

	private final Clock clock;

	public Authenticator(Clock clock) {
		this.clock = clock;
	}

	/** A code the board has not seen yet for this secret. */
	public String code(String secret) {
		return nextCode(secret).orElseThrow(
				() -> new IllegalStateException("Every code of this time window is used; move the clock 30 s"));
	}

	/** A code the board has not seen yet, if the time window has one left. */
	public Optional<String> nextCode(String secret) {
		long now = clock.instant().getEpochSecond() / 30;
		long step = Math.max(now - 1, lastStep.getOrDefault(secret, Long.MIN_VALUE) + 1);
		if (step > now + 1) {
			return Optional.empty();
		}
		lastStep.put(secret, step);
		try {
			return Optional.of(new DefaultCodeGenerator().generate(secret, step));
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
