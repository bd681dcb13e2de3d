package dev.backboard.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests: requests go over the wire to the running application,
 * exactly as an integrator's would.
 */
public final class Api {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	public Api(int port) {
		this.port = port;
	}

	public Response get(String path) {
		return send("GET", path, Map.of());
	}

	public Response send(String method, String path, Map<String, String> headers) {
		return send(method, path, headers, null);
	}

	/** Sends the body as UTF-8 text; give its Content-Type in the headers. */
	public Response send(String method, String path, Map<String, String> headers, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
		headers.forEach(request::header);
		try {
			return new Response(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response with its body read as JSON on demand.
	 */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}

	}

}
