package dev.backboard.stilllive.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

	/**
	 * Whether {@code landing} is, on the same site, a page above {@code page} (its path a
	 * proper ancestor of the page's, the site's root included): where job sites and ATS
	 * boards send visitors of a job that closed, such as a Greenhouse board's list.
	 */
	static boolean isAbove(URI landing, URI page) {
		if (landing.getHost() == null || page.getHost() == null
				|| !siteHost(landing.getHost()).equals(siteHost(page.getHost()))) {
			return false;
		}
		List<String> above = segments(landing.getPath());
		List<String> below = segments(page.getPath());
		return above.size() < below.size() && below.subList(0, above.size()).equals(above);
	}

	private static String siteHost(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		return lower.startsWith("www.") ? lower.substring(4) : lower;
	}

	private static List<String> segments(@Nullable String path) {
		return path == null ? List.of()
				: java.util.Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
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
