package dev.backboard.support;

import java.net.URI;

/**
 * Links from mails and logs point at the board's public address; tests follow them on
 * their own port.
 */
public final class Links {

	private Links() {
	}

	/** The path and query of a link. */
	public static String path(String link) {
		URI uri = URI.create(link);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

}
