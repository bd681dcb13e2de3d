package dev.backboard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.backboard.core.idempotency.IdempotencyKeyReused;
import dev.backboard.core.idempotency.IdempotentRequests;
import dev.backboard.core.idempotency.StoredResponse;
import dev.backboard.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class IdempotentRequestsIntegrationTests {

	@Autowired
	IdempotentRequests requests;

	@Test
	void aRetryWithTheSameBodyGetsTheFirstAnswerWithoutRunningAgain() {
		String key = UUID.randomUUID().toString();
		AtomicInteger runs = new AtomicInteger();

		StoredResponse first = requests.run("company:1", key, "{\"title\":\"A\"}", () -> created(runs));
		StoredResponse retry = requests.run("company:1", key, "{\"title\":\"A\"}", () -> created(runs));

		assertThat(runs).hasValue(1);
		assertThat(retry).isEqualTo(first);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		String key = UUID.randomUUID().toString();
		requests.run("company:1", key, "{\"title\":\"A\"}", () -> created(new AtomicInteger()));

		assertThatThrownBy(
				() -> requests.run("company:1", key, "{\"title\":\"B\"}", () -> created(new AtomicInteger())))
			.isInstanceOf(IdempotencyKeyReused.class);
	}

	@Test
	void keysBelongToOneCaller() {
		String key = UUID.randomUUID().toString();
		AtomicInteger runs = new AtomicInteger();

		requests.run("company:1", key, "{}", () -> created(runs));
		requests.run("company:2", key, "{}", () -> created(runs));

		assertThat(runs).hasValue(2);
	}

	@Test
	void concurrentRetriesRunTheWriteOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<StoredResponse>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 4; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return requests.run("company:3", key, "{}", () -> created(runs));
				}));
			}
			start.countDown();
			for (Future<StoredResponse> answer : answers) {
				assertThat(answer.get().status()).isEqualTo(201);
			}
		}
		assertThat(runs).hasValue(1);
	}

	private static StoredResponse created(AtomicInteger runs) {
		int run = runs.incrementAndGet();
		return new StoredResponse(201, "/api/v1/jobs/" + run, "\"" + run + "\"", "{\"id\":" + run + "}");
	}

}
