package dev.backboard.applications;

/**
 * The outcome of submitting an application.
 *
 * @param applicationId the application: the new one, or the one already sent
 * @param created false when the candidate had already applied to the job
 */
public record Submitted(long applicationId, boolean created) {

}
