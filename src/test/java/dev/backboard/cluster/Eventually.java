package dev.backboard.cluster;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polls a condition until it holds or a deadline passes: the multi-node test waits on
 * other processes, so it never sleeps a fixed time and never trusts a first look.
 */
final class Eventually {

	private static final Duration POLL = Duration.ofMillis(100);

	private Eventually() {
	}

	/**
	 * Waits until the condition holds.
	 * @param what what is awaited, for the failure message
	 * @param context more to say on failure, e.g. the logs of the processes
	 * @return how long it took
	 */
	static Duration await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> context) {
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		RuntimeException last = null;
		while (System.nanoTime() < deadline) {
			try {
				if (condition.getAsBoolean()) {
					return Duration.ofNanos(System.nanoTime() - start);
				}
			}
			catch (RuntimeException ex) {
				last = ex;
			}
			sleep(POLL);
		}
		throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what
				+ (last == null ? "" : " (last error: " + last + ")") + "\n" + context.get());
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
