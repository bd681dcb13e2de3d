package dev.backboard.jobs;

/**
 * Where a job is in its lifecycle. Only published jobs are searchable; a job that has
 * been published keeps a public page after it expires, is filled or closed.
 */
public enum JobStatus {

	DRAFT("Draft"), PENDING_PAYMENT("Awaiting payment"), IN_REVIEW("In review"), PUBLISHED("Published"),
	EXPIRED("Expired"), FILLED("Filled"), CLOSED("Closed");

	private final String label;

	JobStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
