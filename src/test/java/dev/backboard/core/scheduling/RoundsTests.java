package dev.backboard.core.scheduling;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RoundsTests {

	@Test
	void requestsMadeWhileARoundRunsAreServedByOneMoreRound() throws InterruptedException {
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (Rounds rounds = new Rounds(() -> {
			if (runs.incrementAndGet() == 1) {
				started.countDown();
				awaitQuietly(release);
			}
		})) {
			rounds.runSoon();
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			rounds.runSoon();
			rounds.runSoon();
			rounds.runSoon();
			release.countDown();

			await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
			Thread.sleep(100);
			assertThat(runs).hasValue(2);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
