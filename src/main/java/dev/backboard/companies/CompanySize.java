package dev.backboard.companies;

/**
 * How many people work at a company, in the bands job boards commonly show.
 */
public enum CompanySize {

	MICRO("1-10"), SMALL("11-50"), MEDIUM("51-200"), LARGE("201-1000"), ENTERPRISE("1001+");

	private final String label;

	CompanySize(String label) {
		this.label = label;
	}

	/** "51-200", as profiles show it. */
	public String label() {
		return label;
	}

}
