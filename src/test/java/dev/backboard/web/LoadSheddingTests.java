package dev.backboard.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LoadSheddingTests {

	@Test
	void answersASearchBeyondCapacityWithServiceUnavailable() throws Exception {
		LoadShedding shedding = new LoadShedding(1, 50);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (ExecutorService executor = Executors.newSingleThreadExecutor()) {
			Future<?> first = executor.submit(() -> {
				shedding.doFilter(new MockHttpServletRequest("GET", "/api/v1/jobs"), new MockHttpServletResponse(),
						(request, response) -> {
							started.countDown();
							try {
								release.await(5, TimeUnit.SECONDS);
							}
							catch (InterruptedException ex) {
								Thread.currentThread().interrupt();
							}
						});
				return null;
			});
			started.await(5, TimeUnit.SECONDS);

			MockHttpServletResponse rejected = new MockHttpServletResponse();
			shedding.doFilter(new MockHttpServletRequest("GET", "/api/v1/jobs"), rejected, (request, response) -> {
			});

			assertThat(rejected.getStatus()).isEqualTo(503);
			assertThat(rejected.getHeader("Retry-After")).isEqualTo("1");
			assertThat(rejected.getContentType()).isEqualTo("application/problem+json");
			release.countDown();
			first.get(5, TimeUnit.SECONDS);
		}
	}

	@Test
	void letsSearchesThroughOnceCapacityIsFree() throws Exception {
		LoadShedding shedding = new LoadShedding(1, 50);
		MockHttpServletResponse first = new MockHttpServletResponse();
		MockHttpServletResponse second = new MockHttpServletResponse();

		shedding.doFilter(new MockHttpServletRequest("GET", "/jobs"), first, (request, response) -> {
		});
		shedding.doFilter(new MockHttpServletRequest("GET", "/jobs"), second, (request, response) -> {
		});

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.getStatus()).isEqualTo(200);
	}

}
