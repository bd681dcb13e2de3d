package dev.backboard.candidates;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Links a candidate shows on their profile: absolute http or https addresses with a host
 * and no credentials, so that nothing but a web page can be behind them.
 */
final class Links {

	private static final int MAX_LENGTH = 300;

	private Links() {
	}

	static @Nullable String check(String typed, boolean github, String field, Map<String, String> errors) {
		String link = typed.strip();
		if (link.isEmpty()) {
			return null;
		}
		String problem = problem(link, github);
		if (problem != null) {
			errors.put(field, problem);
			return null;
		}
		return link;
	}

	private static @Nullable String problem(String link, boolean github) {
		if (link.length() > MAX_LENGTH) {
			return "Keep the link to " + MAX_LENGTH + " characters or fewer.";
		}
		URI uri;
		try {
			uri = new URI(link);
		}
		catch (URISyntaxException ex) {
			return "Enter a full address starting with https://.";
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return "Enter a full address starting with https:// (or http://).";
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null) {
			return "Enter a full address starting with https://, with no user name or password in it.";
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (github && !host.equals("github.com") && !host.equals("www.github.com")) {
			return "Enter a link to github.com, such as https://github.com/your-name.";
		}
		return null;
	}

}
