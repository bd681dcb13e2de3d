package dev.backboard.core.scheduling;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a piece of outbox work on a virtual thread right away, and once more after the
 * running round when it is asked again meanwhile, so that requests never pile up and none
 * is missed. A failed round is left to the outbox's sweep.
 */
public final class Rounds implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Rounds.class);

	private final Runnable round;

	private final Duration gather;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean again = new AtomicBoolean();

	public Rounds(Runnable round) {
		this(round, Duration.ZERO);
	}

	/**
	 * @param gather how long a round waits before it starts, to take the work asked for
	 * together in one round
	 */
	public Rounds(Runnable round, Duration gather) {
		this.round = round;
		this.gather = gather;
	}

	/** Starts a round now, or right after the one that is running. */
	public void runSoon() {
		again.set(true);
		if (running.compareAndSet(false, true)) {
			executor.execute(() -> {
				try {
					Thread.sleep(gather);
					while (again.getAndSet(false)) {
						round.run();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (RuntimeException ex) {
					log.warn("An outbox round failed, the sweep retries: {}", ex.toString());
				}
				finally {
					running.set(false);
					// Asked again after the last check, before the flag fell: not lost.
					if (again.get()) {
						runSoon();
					}
				}
			});
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

}
