package dev.backboard.jobs;

/**
 * Where a job is in its lifecycle. Only published jobs are searchable.
 */
public enum JobStatus {

	PUBLISHED, EXPIRED

}
