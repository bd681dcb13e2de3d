package dev.backboard.jobs;

import org.jspecify.annotations.Nullable;

/**
 * Something another module wants a job's employer to see on the dashboard and the job's
 * page, with at most one button.
 *
 * @param jobId the job
 * @param text what to say
 * @param actionPath where the button posts, if there is one
 * @param actionLabel the button's label
 */
public record JobNotice(long jobId, String text, @Nullable String actionPath, @Nullable String actionLabel) {
}
