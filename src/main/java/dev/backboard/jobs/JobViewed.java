package dev.backboard.jobs;

/**
 * A job's page was seen by a visitor whose browser loaded it (crawlers that run no
 * scripts never get here). Published on the request's thread, so listeners may read the
 * request.
 *
 * @param jobId the job
 * @param companyId its employer
 */
public record JobViewed(long jobId, long companyId) {
}
