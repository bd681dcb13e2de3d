package dev.backboard.jobs;

/**
 * Where the work is done.
 */
public enum WorkplaceType {

	ONSITE("On-site"), HYBRID("Hybrid"), REMOTE("Remote");

	private final String label;

	WorkplaceType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
