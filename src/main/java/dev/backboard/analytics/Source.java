package dev.backboard.analytics;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a candidate came to a job from: the board's own links say it with a {@code src}
 * parameter ({@code search}, {@code alert}, {@code feed}); anything else is direct.
 */
public enum Source {

	SEARCH, ALERT, FEED, DIRECT;

	/** The source a {@code src} value names, or {@link #DIRECT}. */
	public static Source of(@Nullable String src) {
		if (src != null) {
			for (Source source : values()) {
				if (source != DIRECT && source.name().equalsIgnoreCase(src.strip())) {
					return source;
				}
			}
		}
		return DIRECT;
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
