package dev.backboard.applications;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * An application was submitted, moved to another stage or withdrawn.
 *
 * @param applicationId the application
 * @param jobId the job applied to
 * @param companyId the job's employer
 * @param change what happened
 * @param from the stage before a move
 * @param to the stage after a move, or {@code NEW} for a new application
 * @param at when
 */
@DomainEvent
public record ApplicationChanged(long applicationId, long jobId, long companyId, Change change, @Nullable Stage from,
		@Nullable Stage to, Instant at) {

	/** The kinds of change other modules hear about. */
	public enum Change {

		SUBMITTED, STAGE_CHANGED, WITHDRAWN

	}

}
