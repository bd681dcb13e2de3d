package dev.backboard.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with {@code kill -9} leaves its PostgreSQL running and holding
 * {@code postmaster.pid}; the next start must stop that orphan before it can start its
 * own.
 */
final class StalePostgres {

	private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);

	private static final Duration GRACE = Duration.ofSeconds(15);

	private StalePostgres() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = pidIn(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(StalePostgres::isPostgres);
		if (orphan.isPresent()) {
			log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", orphan.get().pid(),
					dataDirectory);
			stop(orphan.get());
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<Long> pidIn(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		try {
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
	}

	private static void stop(ProcessHandle process) {
		// SIGTERM is PostgreSQL's "smart" shutdown; SIGKILL only if it does not finish in
		// time.
		process.destroy();
		try {
			process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not stop the stale PostgreSQL", ex);
		}
	}

}
