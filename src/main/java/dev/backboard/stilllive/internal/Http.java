package dev.backboard.stilllive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.Closer;
import org.jspecify.annotations.Nullable;

import dev.backboard.core.BackboardProperties;
import dev.backboard.core.net.AddressPolicy;
import dev.backboard.core.net.GuardedClients;
import dev.backboard.stilllive.StillLiveProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One HTTP exchange with an employer's site, redirects not followed (the caller follows
 * them hop by hop). Every connection resolves through the address guard, so no hop
 * reaches a private, loopback or link-local address; connecting and reading are timed,
 * and a body is read only as far as asked.
 */
@Component
class Http implements DisposableBean {

	/** The product token robots.txt groups name to address this check. */
	static final String ROBOT_NAME = "backboard-stilllive";

	private final CloseableHttpClient client;

	private final BackboardProperties board;

	Http(StillLiveProperties properties, BackboardProperties board) {
		this.board = board;
		this.client = GuardedClients
			.builder(new AddressPolicy(properties.allowedAddresses()), properties.connectTimeout(),
					properties.responseTimeout(), 10, 1)
			.disableRedirectHandling()
			.build();
	}

	/**
	 * A HEAD, or a GET whose body is read up to {@code maxBody} bytes (0: not at all).
	 */
	Reply exchange(boolean head, URI uri, int maxBody) throws IOException {
		HttpUriRequestBase request = head ? new HttpHead(uri) : new HttpGet(uri);
		request.setHeader("User-Agent", userAgent());
		request.setHeader("Accept", head ? "*/*" : "text/html,text/plain;q=0.9,*/*;q=0.5");
		ClassicHttpResponse response = client.executeOpen(null, request, null);
		boolean dropped = false;
		try {
			Header location = response.getFirstHeader("Location");
			HttpEntity entity = response.getEntity();
			String body = maxBody > 0 ? read(entity, maxBody) : "";
			if (entity != null && entity.isStreaming() && (maxBody <= 0 || body.length() >= maxBody)) {
				// The rest is not wanted: the connection is dropped instead of drained.
				// An
				// answer without a streamed body has already given its connection back to
				// the pool, where cancelling would close it under the next request.
				request.cancel();
				dropped = true;
			}
			return new Reply(response.getCode(), location == null ? null : location.getValue(), body);
		}
		finally {
			if (dropped) {
				// Closing would try to drain the body of the connection just dropped.
				Closer.closeQuietly(response);
			}
			else {
				response.close();
			}
		}
	}

	private String userAgent() {
		return "Backboard-StillLive/1.0 (checks that job pages are still live; +" + board.baseUrl() + ")";
	}

	private static String read(@Nullable HttpEntity entity, int maxBody) throws IOException {
		if (entity == null) {
			return "";
		}
		InputStream in = entity.getContent();
		return new String(in.readNBytes(maxBody), StandardCharsets.UTF_8);
	}

	@Override
	public void destroy() throws IOException {
		client.close();
	}

	/** A status, its Location header if any, and as much of the body as was asked. */
	record Reply(int status, @Nullable String location, String body) {

		boolean isRedirect() {
			return location != null
					&& (status == 301 || status == 302 || status == 303 || status == 307 || status == 308);
		}

	}

}
