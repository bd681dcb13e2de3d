package dev.backboard.jobs;

import java.util.Optional;

/**
 * Whether a person may edit a job. The imports module implements it: a job synced from an
 * ATS whose company chose "refuse edits" is changed only by its source. Without an
 * implementation every job may be edited.
 */
public interface JobEditGuard {

	/**
	 * Why people may not edit this job, or empty when they may.
	 */
	Optional<String> refusal(long jobId);

}
