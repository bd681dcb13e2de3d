package dev.backboard.jobs;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A job passed its valid-through date and left search.
 */
@DomainEvent
public record JobExpired(long jobId, String slug) {
}
