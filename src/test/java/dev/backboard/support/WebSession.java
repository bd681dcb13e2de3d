package dev.backboard.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser: keeps cookies, reads the CSRF token from the page a form
 * is on and posts the form, as a person's browser would. For page tests that need a
 * signed-in user but no JavaScript.
 */
public final class WebSession {

	private final String origin;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private final Map<String, String> headers = new LinkedHashMap<>();

	public WebSession(int port) {
		this("http://localhost:" + port);
	}

	private WebSession(String origin) {
		this.origin = origin;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * A session that connects to this address of the machine, so the server sees the
	 * connection come from it rather than from loopback.
	 */
	public static WebSession from(java.net.InetAddress address, int port) {
		String host = address.getHostAddress();
		return new WebSession(
				"http://" + (host.contains(":") ? "[" + host.replaceAll("%.*", "") + "]" : host) + ":" + port);
	}

	/** Signs in through the sign-in form; fails the test if that does not work. */
	public static WebSession signedIn(int port, String email, String password) {
		WebSession session = new WebSession(port);
		Api.Response response = session.submit("/login", "form[action=/login]",
				Map.of("username", email, "password", password));
		if (response.status() != 302 || response.header("Location").contains("error")) {
			throw new AssertionError(
					"Could not sign in as " + email + ": " + response.status() + " " + response.header("Location"));
		}
		return session;
	}

	/**
	 * Sends this header with every request from now on, e.g. {@code X-Forwarded-For} to
	 * come from an address of its own (rate limits count per address).
	 */
	public WebSession header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	/** The value of a cookie the session holds, e.g. {@code SESSION}. */
	public java.util.Optional<String> cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst();
	}

	public Api.Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	public Api.Response head(String path) {
		return send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
	}

	public Document page(String path) {
		Api.Response response = get(path);
		if (response.status() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.status());
		}
		return Jsoup.parse(response.body(), origin + path);
	}

	/**
	 * Opens the page, fills the form picked by the CSS selector with its own hidden
	 * fields (the CSRF token among them) and the given values, and posts it.
	 */
	public Api.Response submit(String pagePath, String formSelector, Map<String, String> values) {
		Element form = page(pagePath).selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("No form " + formSelector + " on " + pagePath);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
		fields.putAll(values);
		String action = form.attr("action").isEmpty() ? pagePath : form.attr("action");
		return post(action, fields);
	}

	/** Posts a form with the CSRF token of a page of this session (the account page). */
	public Api.Response post(String path, Map<String, String> fields) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	/**
	 * Posts a form whose fields may repeat (several ticked checkboxes of one name), in
	 * the order given.
	 */
	public Api.Response postPairs(String path, List<Map.Entry<String, String>> fields) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	/**
	 * Posts a multipart form: the fields and one file, as a browser sends a form with
	 * {@code enctype="multipart/form-data"}.
	 */
	public Api.Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
			String contentType, byte[] content) {
		String boundary = "----backboard-test-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** GET with the body as bytes, for downloads. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The CSRF token the session's pages carry. */
	public String csrfToken(String pagePath) {
		Element input = page(pagePath).selectFirst("input[name=_csrf]");
		if (input == null) {
			throw new AssertionError("No CSRF token on " + pagePath);
		}
		return input.attr("value");
	}

	private Api.Response send(HttpRequest.Builder request) {
		headers.forEach(request::header);
		try {
			return new Api.Response(
					client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : origin + path);
	}

	private static String encode(Map<String, String> fields) {
		return encode(List.copyOf(fields.entrySet()));
	}

	private static String encode(List<Map.Entry<String, String>> fields) {
		return fields.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
