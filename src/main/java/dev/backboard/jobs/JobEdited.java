package dev.backboard.jobs;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A published job's content changed and it stayed published.
 *
 * @param jobId the job
 * @param companyId its employer
 * @param slug its page's address part
 * @param title its title now
 * @param at when
 */
@DomainEvent
public record JobEdited(long jobId, long companyId, String slug, String title, Instant at) {
}
