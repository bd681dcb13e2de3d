package dev.backboard.jobs;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A published job was edited and stays visible to candidates.
 */
@DomainEvent
public record JobRevised(long jobId, String slug) {
}
