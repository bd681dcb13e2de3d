package dev.backboard.jobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A recorded change of a job's status: the audit trail employers and moderators read.
 *
 * @param jobId the job
 * @param from the status before, or {@code null} when the job was created
 * @param to the status after
 * @param actorAccountId the account that made the change, if a person made it
 * @param actor how the record names who made it
 * @param reason why, when a reason was given (a rejection, a report)
 * @param occurredAt when
 */
public record JobTransition(long jobId, @Nullable JobStatus from, JobStatus to, @Nullable Long actorAccountId,
		String actor, @Nullable String reason, Instant occurredAt) {
}
