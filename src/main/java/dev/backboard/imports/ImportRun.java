package dev.backboard.imports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One sync of a source.
 *
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param succeeded whether the whole listing was read
 * @param listed the jobs the source listed
 * @param created jobs published
 * @param updated jobs changed
 * @param closed jobs closed because the source no longer lists them
 * @param failed jobs that could not be imported (each named in the error)
 * @param error why the run failed, or which jobs failed and why
 */
public record ImportRun(Instant startedAt, Instant finishedAt, boolean succeeded, int listed, int created, int updated,
		int closed, int failed, @Nullable String error) {
}
