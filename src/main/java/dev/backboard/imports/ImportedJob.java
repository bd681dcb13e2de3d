package dev.backboard.imports;

/**
 * A job a source brought in.
 *
 * @param externalId its id at the source
 * @param jobId the Backboard job
 * @param slug the job's page
 * @param title its title
 * @param status its status in Backboard
 * @param departments its departments or teams at the source
 * @param removed whether the source no longer lists it
 */
public record ImportedJob(String externalId, long jobId, String slug, String title, String status, String departments,
		boolean removed) {
}
