package dev.backboard.jobs;

/**
 * The contract, named as schema.org's JobPosting names it.
 */
public enum EmploymentType {

	FULL_TIME("Full-time"), PART_TIME("Part-time"), CONTRACTOR("Contract"), TEMPORARY("Temporary"),
	INTERN("Internship");

	private final String label;

	EmploymentType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
