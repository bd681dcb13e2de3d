package dev.backboard.jobs;

/**
 * The job's status does not allow what was asked, e.g. renewing a draft. Pages show the
 * message; the API answers 409.
 */
public class JobTransitionRefused extends RuntimeException {

	private final JobAction action;

	private final JobStatus status;

	public JobTransitionRefused(JobAction action, JobStatus status) {
		super("A job that is " + status.label().toLowerCase(java.util.Locale.ROOT) + " cannot be " + past(action));
		this.action = action;
		this.status = status;
	}

	public JobAction action() {
		return action;
	}

	public JobStatus status() {
		return status;
	}

	private static String past(JobAction action) {
		return switch (action) {
			case EDIT -> "edited";
			case SUBMIT -> "submitted";
			case SETTLE_PAYMENT -> "paid for";
			case APPROVE -> "approved";
			case REJECT -> "rejected";
			case RENEW -> "renewed";
			case RELIST -> "relisted";
			case MARK_FILLED -> "marked as filled";
			case CLOSE -> "closed";
			case EXPIRE -> "expired";
			case FEATURE -> "featured";
			case WITHDRAW_REFUNDED -> "withdrawn after a refund";
		};
	}

}
