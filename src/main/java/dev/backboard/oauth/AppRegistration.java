package dev.backboard.oauth;

import java.util.List;
import java.util.Objects;

/**
 * An app as an admin registers it.
 *
 * @param name what people see on the consent page
 * @param redirectUris one per line, matched exactly: https, a loopback address on any
 * port (http://127.0.0.1/callback) or a native app's own scheme
 * (com.example.app:/callback)
 * @param confidential whether the app keeps a secret on a server; mobile and single-page
 * apps do not
 * @param scopes the most it may ask for
 * @param origins for a single-page app, the browser origins allowed to call the token
 * endpoint and the API, one per line
 */
public record AppRegistration(String name, String redirectUris, boolean confidential, List<String> scopes,
		String origins) {

	public AppRegistration {
		name = Objects.requireNonNullElse(name, "").strip();
		redirectUris = Objects.requireNonNullElse(redirectUris, "");
		scopes = List.copyOf(scopes);
		origins = Objects.requireNonNullElse(origins, "");
	}

}
