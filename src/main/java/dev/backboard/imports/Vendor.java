package dev.backboard.imports;

/**
 * Where a company's jobs come from, and what identifies its board there.
 */
public enum Vendor {

	GREENHOUSE("Greenhouse", "Board token", "The name in your board's address: boards.greenhouse.io/<token>."),
	LEVER("Lever", "Site name", "The name in your board's address: jobs.lever.co/<site>."),
	ASHBY("Ashby", "Job board name", "The name in your board's address: jobs.ashbyhq.com/<name>."),
	XML_FEED("XML feed", "Feed URL",
			"An https:// address serving jobs in the aggregator XML format (<source> with <job> elements).");

	private final String label;

	private final String referenceLabel;

	private final String hint;

	Vendor(String label, String referenceLabel, String hint) {
		this.label = label;
		this.referenceLabel = referenceLabel;
		this.hint = hint;
	}

	public String label() {
		return label;
	}

	/** What the company types in to name its board. */
	public String referenceLabel() {
		return referenceLabel;
	}

	public String hint() {
		return hint;
	}

}
