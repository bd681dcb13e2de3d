package dev.backboard.stilllive;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A published job whose apply page answered "gone", as moderators see it.
 *
 * @param jobId the job
 * @param slug its public page's address part
 * @param title its title
 * @param companyName its employer
 * @param url the apply URL that answered
 * @param status the HTTP status it answered
 * @param flaggedAt when it first did
 * @param lastCheckedAt when it was last asked
 */
public record FlaggedJob(long jobId, String slug, String title, String companyName, String url,
		@Nullable Integer status, Instant flaggedAt, Instant lastCheckedAt) {
}
