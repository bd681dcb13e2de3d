package dev.backboard.alerts;

/**
 * How often a saved search mails its new jobs.
 */
public enum Frequency {

	/** A mail as soon as a matching job is published. */
	INSTANT("at once"),
	/** One digest a day. */
	DAILY("daily"),
	/** One digest a week. */
	WEEKLY("weekly");

	private final String label;

	Frequency(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
