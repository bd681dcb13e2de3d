package dev.backboard.jobs;

/**
 * The level a job is hired at.
 */
public enum Seniority {

	JUNIOR("Junior"), MID("Mid-level"), SENIOR("Senior"), STAFF("Staff"), PRINCIPAL("Principal"), LEAD("Lead");

	private final String label;

	Seniority(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
