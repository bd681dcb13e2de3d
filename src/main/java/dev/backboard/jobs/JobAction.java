package dev.backboard.jobs;

import java.util.EnumSet;
import java.util.Set;

import static dev.backboard.jobs.JobStatus.CLOSED;
import static dev.backboard.jobs.JobStatus.DRAFT;
import static dev.backboard.jobs.JobStatus.EXPIRED;
import static dev.backboard.jobs.JobStatus.FILLED;
import static dev.backboard.jobs.JobStatus.IN_REVIEW;
import static dev.backboard.jobs.JobStatus.PENDING_PAYMENT;
import static dev.backboard.jobs.JobStatus.PUBLISHED;

/**
 * What can be done to a job, and from which statuses. The job checks these before it
 * changes; pages ask them which buttons to show.
 */
public enum JobAction {

	EDIT("edit", EnumSet.of(DRAFT, IN_REVIEW, PUBLISHED)), SUBMIT("submit", EnumSet.of(DRAFT)),
	SETTLE_PAYMENT("settle the payment of", EnumSet.of(PENDING_PAYMENT)), APPROVE("approve", EnumSet.of(IN_REVIEW)),
	REJECT("reject", EnumSet.of(IN_REVIEW)), RENEW("renew", EnumSet.of(PUBLISHED, EXPIRED)),
	RELIST("relist", EnumSet.of(EXPIRED, FILLED, CLOSED)),
	MARK_FILLED("mark as filled", EnumSet.of(PUBLISHED, EXPIRED)),
	CLOSE("close", EnumSet.of(DRAFT, PENDING_PAYMENT, IN_REVIEW, PUBLISHED, EXPIRED, FILLED)),
	EXPIRE("expire", EnumSet.of(PUBLISHED)), FEATURE("feature", EnumSet.of(IN_REVIEW, PUBLISHED)),
	WITHDRAW_REFUNDED("withdraw after a refund", EnumSet.of(PENDING_PAYMENT, IN_REVIEW, PUBLISHED, EXPIRED));

	private final String verb;

	private final Set<JobStatus> from;

	JobAction(String verb, Set<JobStatus> from) {
		this.verb = verb;
		this.from = from;
	}

	public boolean allowedFrom(JobStatus status) {
		return from.contains(status);
	}

	/** "mark as filled", for messages. */
	public String verb() {
		return verb;
	}

}
