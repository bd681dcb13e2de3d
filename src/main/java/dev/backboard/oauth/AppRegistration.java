package dev.backboard.oauth;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An app as an admin registers or changes it.
 *
 * @param name what people see on the consent page
 * @param redirectUris matched exactly: https, a loopback address on any port
 * (http://127.0.0.1/callback) or a native app's own scheme (com.example.app:/callback)
 * @param confidential whether the app keeps a secret on a server; mobile and single-page
 * apps do not
 * @param scopes the most it may ask for
 * @param origins for a single-page app, the browser origins allowed to call the token
 * endpoint and the API
 */
public record AppRegistration(String name, List<String> redirectUris, boolean confidential, List<String> scopes,
		List<String> origins) {

	public AppRegistration {
		name = Objects.requireNonNullElse(name, "").strip();
		redirectUris = List.copyOf(redirectUris);
		scopes = List.copyOf(scopes);
		origins = List.copyOf(origins);
	}

	/**
	 * As the admin page's form sends it: redirect URIs and origins one per line.
	 */
	public AppRegistration(String name, String redirectUris, boolean confidential, List<String> scopes,
			String origins) {
		this(name, lines(redirectUris), confidential, scopes, lines(origins));
	}

	private static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\s+")).filter(line -> !line.isEmpty()).toList();
	}

}
