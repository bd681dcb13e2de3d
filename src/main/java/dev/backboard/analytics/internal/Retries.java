package dev.backboard.analytics.internal;

import java.io.IOException;
import java.io.Serial;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Sends a request, and again after a growing wait (Spring's {@link RetryTemplate}) when
 * the answer is a 5xx, a 429 or no answer at all (time-out, refused connection).
 *
 * @param maxRetries how often to try again
 * @param interval the first wait; each next one is three times as long
 */
record Retries(int maxRetries, Duration interval) {

	private static final Logger log = LoggerFactory.getLogger(Retries.class);

	/** The outcome of a request after its retries. */
	enum Outcome {

		/** 2xx. */
		DELIVERED,
		/** 4xx other than 429: sending it again will not help. */
		REFUSED,
		/** Still failing: send it again next round. */
		FAILED

	}

	Outcome send(HttpClient http, HttpRequest request) {
		RetryTemplate retries = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(maxRetries)
			.delay(interval)
			.multiplier(3)
			.includes(IOException.class, WorthRetrying.class)
			.build());
		try {
			return retries.execute(() -> answer(http, request));
		}
		catch (RetryException ex) {
			if (ex.getLastException() instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			else {
				log.warn("Forwarding analytics to {} failed: {}", request.uri().getHost(),
						ex.getLastException().toString());
			}
			return Outcome.FAILED;
		}
	}

	private static Outcome answer(HttpClient http, HttpRequest request)
			throws IOException, InterruptedException, WorthRetrying {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return Outcome.DELIVERED;
		}
		if (status >= 400 && status < 500 && status != 429) {
			log.warn("{} refused an analytics event with {}: {}", request.uri().getHost(), status,
					abbreviate(response.body()));
			return Outcome.REFUSED;
		}
		throw new WorthRetrying(status);
	}

	private static String abbreviate(String body) {
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

	/** An answer that another try may change: a 5xx or a 429. */
	private static final class WorthRetrying extends Exception {

		@Serial
		private static final long serialVersionUID = 1L;

		WorthRetrying(int status) {
			super("status " + status, null, false, false);
		}

	}

}
