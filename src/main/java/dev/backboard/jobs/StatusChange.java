package dev.backboard.jobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a job's lifecycle, as the job made it; the service records it with the
 * actor who asked for it.
 */
record StatusChange(@Nullable JobStatus from, JobStatus to, @Nullable String reason, Instant at) {
}
