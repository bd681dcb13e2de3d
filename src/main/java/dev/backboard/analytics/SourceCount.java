package dev.backboard.analytics;

/**
 * Views and apply clicks that came from one source.
 */
public record SourceCount(Source source, long views, long applyClicks) {

	public String conversion() {
		return Funnel.percent(applyClicks, views);
	}

}
