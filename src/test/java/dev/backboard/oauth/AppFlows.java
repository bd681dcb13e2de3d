package dev.backboard.oauth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.backboard.support.Api;
import dev.backboard.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an app does to get a person's tokens, step by step, over HTTP as an app and a
 * browser would: the authorization request with a PKCE challenge, the real consent page,
 * the redirect with the code, and the token request with the verifier.
 */
public final class AppFlows {

	public static final String REDIRECT = "http://127.0.0.1:53682/callback";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final int port;

	private final Api api;

	public AppFlows(int port) {
		this.port = port;
		this.api = new Api(port);
	}

	/** A PKCE pair (RFC 7636): the verifier the app keeps and its S256 challenge. */
	record Pkce(String verifier, String challenge) {

		static Pkce fresh() {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
				return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The tokens an app got. */
	public record Tokens(String access, String refresh, String scope) {

		public String bearer() {
			return "Bearer " + access;
		}

	}

	/**
	 * A native app's own listener on the loopback address, on a port of its choosing (RFC
	 * 8252): it keeps the redirect it is sent to, code and state included.
	 */
	static final class Loopback implements AutoCloseable {

		private final HttpServer server;

		private final AtomicReference<String> callback = new AtomicReference<>();

		private Loopback(HttpServer server) {
			this.server = server;
		}

		static Loopback listen() throws IOException {
			Loopback loopback = new Loopback(
					HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
			loopback.server.createContext("/", exchange -> {
				if (!exchange.getRequestURI().getPath().equals("/callback")) {
					// The browser's favicon request: nothing, without a console error.
					exchange.sendResponseHeaders(204, -1);
					exchange.close();
					return;
				}
				loopback.callback.set("http://127.0.0.1" + exchange.getRequestURI());
				byte[] body = "Done".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			loopback.server.start();
			return loopback;
		}

		String redirectUri() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
		}

		/** The redirect the app was sent to, or null before. */
		String callback() {
			return callback.get();
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

	static String authorizeUrl(String clientId, String redirectUri, String scope, String state, Pkce pkce) {
		return "/oauth2/authorize?response_type=code&client_id=" + encode(clientId) + "&redirect_uri="
				+ encode(redirectUri) + "&scope=" + encode(scope) + "&state=" + encode(state)
				+ (pkce == null ? "" : "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256");
	}

	/**
	 * The person, signed in, opens the authorization link, allows everything on the
	 * consent page and is sent back to the app: the code in the redirect.
	 */
	String authorize(WebSession person, String clientId, String scope, Pkce pkce) {
		Api.Response start = person.get(authorizeUrl(clientId, REDIRECT, scope, "st-1", pkce));
		if (start.status() != 302) {
			throw new AssertionError("The authorization request answered " + start.status() + ": " + start.body());
		}
		String location = start.header("Location");
		if (location.startsWith(REDIRECT)) {
			return parameter(location, "code");
		}
		Api.Response back = consent(person, path(location), true);
		return parameter(back.header("Location"), "code");
	}

	/**
	 * Submits the consent page as shown: allowing with every box ticked, or cancelling.
	 */
	Api.Response consent(WebSession person, String consentPath, boolean allow) {
		Document page = person.page(consentPath);
		Element form = page.selectFirst(allow ? "#consent-form" : "#consent-deny");
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (Element input : form.select("input[type=hidden], input[type=checkbox][checked]:not([disabled])")) {
			fields.add(new AbstractMap.SimpleEntry<>(input.attr("name"), input.attr("value")));
		}
		Api.Response answer = person.postPairs(form.attr("action"), fields);
		if (answer.status() != 302 || !answer.header("Location").startsWith(REDIRECT)) {
			throw new AssertionError("The consent answered " + answer.status() + " " + answer.header("Location"));
		}
		return answer;
	}

	Api.Response token(Map<String, String> form) {
		return api.send("POST", "/oauth2/token", Map.of("Content-Type", "application/x-www-form-urlencoded"),
				form(form));
	}

	Api.Response exchange(String clientId, String code, String verifier) {
		return exchange(clientId, code, verifier, REDIRECT);
	}

	Api.Response exchange(String clientId, String code, String verifier, String redirect) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", redirect);
		form.put("client_id", clientId);
		if (verifier != null) {
			form.put("code_verifier", verifier);
		}
		return token(form);
	}

	Api.Response refresh(String clientId, String refreshToken) {
		return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId));
	}

	/** The whole flow for a signed-in person, ending with the app's tokens. */
	public Tokens tokens(WebSession person, String clientId, String scope) {
		Pkce pkce = Pkce.fresh();
		Api.Response response = exchange(clientId, authorize(person, clientId, scope, pkce), pkce.verifier());
		if (response.status() != 200) {
			throw new AssertionError("The token request answered " + response.status() + ": " + response.body());
		}
		return tokens(response);
	}

	static Tokens tokens(Api.Response response) {
		var json = response.json();
		return new Tokens(json.get("access_token").asString(), json.get("refresh_token").asString(),
				json.get("scope").asString());
	}

	Api.Response call(String method, String path, Tokens tokens) {
		return api.send(method, path, Map.of("Authorization", tokens.bearer()));
	}

	Api.Response callJson(String method, String path, Tokens tokens, String json, Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Authorization", tokens.bearer());
		all.put("Content-Type", "application/json");
		return api.send(method, path, all, json);
	}

	WebSession asApp(Tokens tokens) {
		return new WebSession(port).header("Authorization", tokens.bearer());
	}

	/** The message a problem gives for its only field, which must be the one named. */
	static String fieldError(Api.Response problem, String field) {
		tools.jackson.databind.JsonNode errors = problem.json().get("errors");
		assertThat(errors.size()).as(problem.body()).isEqualTo(1);
		assertThat(errors.get(0).get("parameter").asString()).as(problem.body()).isEqualTo(field);
		return errors.get(0).get("message").asString();
	}

	static String parameter(String url, String name) {
		String query = URI.create(url).getRawQuery();
		Map<String, String> values = java.util.Arrays.stream(query.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0],
					pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "", (a, b) -> a));
		if (!values.containsKey(name)) {
			throw new AssertionError("No " + name + " in " + url);
		}
		return values.get(name);
	}

	private static String path(String location) {
		URI uri = URI.create(location);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
