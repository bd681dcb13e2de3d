package dev.backboard.webhooks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.jspecify.annotations.Nullable;

import dev.backboard.core.net.AddressPolicy;
import dev.backboard.core.net.GuardedClients;
import dev.backboard.core.net.GuardedDns;
import dev.backboard.webhooks.WebhooksProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts a signed message. Every connection goes through {@link GuardedDns}; redirects are
 * never followed (a 3xx is a failed attempt); connecting and each read are timed; at most
 * {@code max-response-size} of the answer is read and the connection is dropped after it.
 * No proxy is configured, so a request cannot detour through one.
 */
@Component
class Sender implements DisposableBean {

	private static final int EXCERPT = 1000;

	private final CloseableHttpClient client;

	private final int maxResponseBytes;

	Sender(AddressPolicy policy, WebhooksProperties properties) {
		this.maxResponseBytes = (int) Math.min(Integer.MAX_VALUE, properties.maxResponseSize().toBytes());
		this.client = GuardedClients.builder(policy, properties.connectTimeout(), properties.responseTimeout(), 50, 5)
			.disableRedirectHandling()
			.setUserAgent("Backboard-Webhooks/1")
			.build();
	}

	/**
	 * What came back from one attempt.
	 *
	 * @param status the HTTP status, null when no answer came
	 * @param error why it failed, null on a 2xx
	 * @param response the start of the answer's body
	 * @param millis how long it took
	 */
	record Outcome(@Nullable Integer status, @Nullable String error, String response, long millis) {

		boolean delivered() {
			return error == null;
		}

	}

	Outcome post(String url, Map<String, String> headers, String body) {
		long start = System.nanoTime();
		HttpPost post = new HttpPost(url);
		headers.forEach(post::setHeader);
		post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
		ClassicHttpResponse response = null;
		try {
			response = client.executeOpen(null, post, null);
			int status = response.getCode();
			String excerpt = read(response.getEntity(), post);
			String error = status >= 200 && status < 300 ? null : status >= 300 && status < 400
					? "answered " + status + " (redirects are not followed)" : "answered " + status;
			return new Outcome(status, error, excerpt, millis(start));
		}
		catch (IOException | RuntimeException ex) {
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			return new Outcome(null, abbreviate(message, 500), "", millis(start));
		}
		finally {
			closeQuietly(response);
		}
	}

	private static void closeQuietly(@Nullable ClassicHttpResponse response) {
		if (response != null) {
			try {
				response.close();
			}
			catch (IOException | RuntimeException ex) {
				// The connection was cut after a capped body; nothing is left to release.
			}
		}
	}

	/**
	 * Reads at most the configured size; a longer answer is cut off with its connection.
	 */
	private String read(@Nullable HttpEntity entity, HttpPost post) throws IOException {
		if (entity == null) {
			return "";
		}
		InputStream in = entity.getContent();
		byte[] bytes = in.readNBytes(maxResponseBytes);
		if (in.read() != -1) {
			// More than allowed: drop the connection instead of reading the rest.
			post.cancel();
		}
		return abbreviate(new String(bytes, StandardCharsets.UTF_8), EXCERPT);
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	@Override
	public void destroy() throws IOException {
		client.close();
	}

}
