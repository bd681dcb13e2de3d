package dev.backboard.applications;

/**
 * Where an application is in the employer's pipeline, with the words each side sees.
 */
public enum Stage {

	NEW("New", "Submitted"), REVIEWING("Reviewing", "In review"), INTERVIEW("Interview", "Interviewing"),
	OFFER("Offer", "Offer"), HIRED("Hired", "Hired"), REJECTED("Rejected", "Not selected");

	private final String label;

	private final String candidateLabel;

	Stage(String label, String candidateLabel) {
		this.label = label;
		this.candidateLabel = candidateLabel;
	}

	/** The employer's word for it. */
	public String label() {
		return label;
	}

	/** The candidate's word for it. */
	public String candidateLabel() {
		return candidateLabel;
	}

}
