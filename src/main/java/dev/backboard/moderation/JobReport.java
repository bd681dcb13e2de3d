package dev.backboard.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An open report about a job, as moderators see it.
 *
 * @param id the report
 * @param jobId the job reported
 * @param jobSlug its public page's slug
 * @param jobTitle its title
 * @param reason why it was reported
 * @param details what the reporter added, if anything
 * @param signedIn whether the reporter was signed in
 * @param createdAt when it was reported
 */
public record JobReport(long id, long jobId, String jobSlug, String jobTitle, ReportReason reason,
		@Nullable String details, boolean signedIn, Instant createdAt) {
}
