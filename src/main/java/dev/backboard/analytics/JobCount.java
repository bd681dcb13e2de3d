package dev.backboard.analytics;

/**
 * One job's totals over a range.
 */
public record JobCount(long jobId, String title, long views, long applyClicks, long applications) {

	public String conversion() {
		return Funnel.percent(applyClicks + applications, views);
	}

}
