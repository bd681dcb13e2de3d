package dev.backboard.analytics;

import java.time.LocalDate;

/**
 * A day of a job's or a company's funnel, for tables and charts alike.
 *
 * @param day the day (UTC)
 * @param views job page views
 * @param applyClicks clicks to apply on the employer's site or by email
 * @param applications applications through the board
 */
public record Funnel(LocalDate day, long views, long applyClicks, long applications) {

	/**
	 * Apply clicks and applications per view, as a percentage with one decimal, or "–".
	 */
	public String conversion() {
		return Funnel.percent(applyClicks + applications, views);
	}

	static String percent(long part, long whole) {
		return whole == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
	}

}
