package dev.backboard.jobs;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A job moved from one status to another (or was created in one), as recorded in its
 * history.
 *
 * @param jobId the job
 * @param companyId its employer
 * @param slug its page's address part
 * @param title its title at the time
 * @param from the status before, null for a new job
 * @param to the status now
 * @param at when
 */
@DomainEvent
public record JobStatusChanged(long jobId, long companyId, String slug, String title, @Nullable JobStatus from,
		JobStatus to, Instant at) {
}
