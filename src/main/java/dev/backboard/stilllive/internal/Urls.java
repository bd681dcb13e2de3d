package dev.backboard.stilllive.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Apply URLs as the check reads them. */
final class Urls {

	private Urls() {
	}

	/** The address, or an IllegalArgumentException saying why it is not one. */
	static URI parse(@Nullable String url) {
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("no address");
		}
		try {
			return new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not an address: " + ex.getMessage(), ex);
		}
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** "6 Dec 2026, 09:30 UTC", for mails and pages. */
	static String date(Instant instant) {
		return DATE.format(instant);
	}

	static boolean isWeb(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
	}

	/** "https://host:port", the scope of a robots.txt and of politeness. */
	static String origin(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
	}

}
