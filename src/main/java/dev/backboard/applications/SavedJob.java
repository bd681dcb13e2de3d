package dev.backboard.applications;

import java.time.Instant;

/**
 * A job the candidate saved.
 *
 * @param jobId the job
 * @param slug its page
 * @param title its title
 * @param companyName who posted it
 * @param savedAt when it was saved
 * @param expired whether it no longer takes applications
 */
public record SavedJob(long jobId, String slug, String title, String companyName, Instant savedAt, boolean expired) {

}
