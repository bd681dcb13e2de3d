package dev.backboard.analytics;

/**
 * Views, apply clicks and applications that came from one source.
 */
public record SourceCount(Source source, long views, long applyClicks, long applications) {

	/** Apply clicks and applications per view, as {@link Funnel#conversion()} counts. */
	public String conversion() {
		return Funnel.percent(applyClicks + applications, views);
	}

}
