package dev.backboard.jobs;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A job became visible to candidates.
 */
@DomainEvent
public record JobPublished(long jobId, String slug) {
}
