package dev.backboard.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on every local address, standing in for an employer's receiver: it
 * records each request and answers with the status set for its path (204 by default), or
 * redirects where told.
 */
public final class Receiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

	private final Map<String, String> redirects = new ConcurrentHashMap<>();

	private final Map<String, Integer> bodySizes = new ConcurrentHashMap<>();

	private final Map<String, Duration> delays = new ConcurrentHashMap<>();

	/**
	 * One request as it arrived.
	 */
	public record Request(String path, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(java.util.Locale.ROOT));
		}

	}

	public Receiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			Map<String, String> headers = new java.util.HashMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
						String.join(",", values)));
			requests.add(new Request(path, headers,
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			Duration delay = delays.get(path);
			if (delay != null) {
				try {
					Thread.sleep(delay);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			Integer size = bodySizes.get(path);
			if (size != null) {
				// A negative size is a chunked body that never ends.
				exchange.sendResponseHeaders(200, size < 0 ? 0 : size);
				byte[] chunk = new byte[8192];
				java.util.Arrays.fill(chunk, (byte) 'x');
				try (var out = exchange.getResponseBody()) {
					for (long sent = 0; size < 0 || sent < size; sent += chunk.length) {
						out.write(chunk, 0, (int) Math.min(chunk.length, size < 0 ? chunk.length : size - sent));
					}
				}
				catch (IOException ex) {
					// The client hung up after what it wanted to read.
				}
				exchange.close();
				return;
			}
			String location = redirects.get(path);
			if (location != null) {
				exchange.getResponseHeaders().set("Location", location);
				exchange.sendResponseHeaders(302, -1);
			}
			else {
				int status = statuses.getOrDefault(path, 204);
				byte[] body = status == 204 ? new byte[0] : "{\"ok\":false}".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(status, status == 204 ? -1 : body.length);
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		server.start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public String url(String host, String path) {
		return "http://" + host + ":" + port() + path;
	}

	public void answer(String path, int status) {
		statuses.put(path, status);
	}

	/**
	 * Answers 200 with a body of that many bytes, or an endless one for a negative size.
	 */
	public void answerWithBody(String path, int size) {
		bodySizes.put(path, size);
	}

	/** Waits that long before answering. */
	public void delay(String path, Duration delay) {
		delays.put(path, delay);
	}

	public void redirect(String path, String location) {
		redirects.put(path, location);
	}

	public List<Request> at(String path) {
		return requests.stream().filter(request -> request.path().equals(path)).toList();
	}

	/** Waits until the path got that many requests, and returns them. */
	public List<Request> await(String path, int count) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (at(path).size() < count) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Expected " + count + " request(s) at " + path + ", got " + at(path).size());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		return at(path);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
