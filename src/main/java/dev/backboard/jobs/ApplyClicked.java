package dev.backboard.jobs;

/**
 * A visitor followed a job's link to apply on the employer's site or by email. Published
 * on the request's thread, so listeners may read the request.
 *
 * @param jobId the job
 * @param companyId its employer
 */
public record ApplyClicked(long jobId, long companyId) {
}
