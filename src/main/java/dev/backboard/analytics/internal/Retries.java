package dev.backboard.analytics.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request, and again after a growing wait when the answer is a 5xx, a 429 or no
 * answer at all (time-out, refused connection).
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
		for (int attempt = 0;; attempt++) {
			String problem;
			try {
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
				problem = "status " + status;
			}
			catch (IOException ex) {
				problem = ex.toString();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Outcome.FAILED;
			}
			if (attempt >= maxRetries) {
				log.warn("Forwarding analytics to {} failed: {}", request.uri().getHost(), problem);
				return Outcome.FAILED;
			}
			try {
				Thread.sleep(interval.multipliedBy((long) Math.pow(3, attempt)));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Outcome.FAILED;
			}
		}
	}

	private static String abbreviate(String body) {
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

}
