package dev.backboard.moderation;

/**
 * Why a visitor reports a job.
 */
public enum ReportReason {

	SPAM("Spam or advertising"), SCAM("A scam or fraud"), DISCRIMINATION("Discriminatory"), EXPIRED("No longer open"),
	OTHER("Something else");

	private final String label;

	ReportReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
