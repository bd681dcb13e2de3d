package dev.backboard.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import dev.backboard.core.net.AddressPolicy;
import dev.backboard.core.net.GuardedClients;
import dev.backboard.imports.ImportsProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reads a source over HTTP. Every connection, redirects included, goes through the same
 * address guard as webhook deliveries, so a source cannot point Backboard at a private
 * network; connecting and each read are timed; an answer larger than allowed fails
 * instead of being cut, since a cut listing must never look complete.
 */
@Component
class Fetcher implements DisposableBean {

	private final CloseableHttpClient client;

	private final long maxBytes;

	Fetcher(ImportsProperties properties) {
		this.maxBytes = properties.maxResponseSize().toBytes();
		this.client = GuardedClients
			.builder(new AddressPolicy(properties.allowedAddresses()), properties.connectTimeout(),
					properties.responseTimeout(), 20, 4)
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(Timeout.ofMilliseconds(properties.responseTimeout().toMillis()))
				.setMaxRedirects(3)
				.build())
			.setUserAgent("Backboard-Imports/1")
			.build();
	}

	/** The body of a 2xx answer to a GET. */
	String get(String url, String accept) throws FetchFailed {
		Reply reply = exchange(url, accept);
		if (reply.status() < 200 || reply.status() >= 300) {
			throw new FetchFailed(url + " answered HTTP " + reply.status());
		}
		return reply.body();
	}

	/**
	 * A GET's status, and its body when it is 2xx; fails only when no whole answer came.
	 */
	Reply exchange(String url, String accept) throws FetchFailed {
		HttpGet get = new HttpGet(url);
		get.setHeader("Accept", accept);
		try (ClassicHttpResponse response = client.executeOpen(null, get, null)) {
			int status = response.getCode();
			if (status < 200 || status >= 300) {
				return new Reply(status, "");
			}
			return new Reply(status, read(response.getEntity(), get, url));
		}
		catch (IOException | RuntimeException ex) {
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			throw new FetchFailed("Reading " + url + " failed: " + message, ex);
		}
	}

	private String read(HttpEntity entity, HttpGet get, String url) throws IOException, FetchFailed {
		if (entity == null) {
			return "";
		}
		InputStream in = entity.getContent();
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
		if (in.read() != -1) {
			get.cancel();
			throw new FetchFailed(url + " answered more than " + maxBytes + " bytes");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	@Override
	public void destroy() throws IOException {
		client.close();
	}

	/** An answer's status and, for a 2xx one, its body. */
	record Reply(int status, String body) {
	}

}
