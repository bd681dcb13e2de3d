package dev.backboard.applications;

import java.time.Instant;

/**
 * One of the candidate's applications as they see it.
 *
 * @param id the application
 * @param jobTitle the job's title
 * @param jobSlug the job's page
 * @param companyName who posted it
 * @param stage where it is in the employer's pipeline
 * @param withdrawn whether the candidate withdrew it
 * @param lastChange when it last changed
 */
public record CandidateApplication(long id, String jobTitle, String jobSlug, String companyName, Stage stage,
		boolean withdrawn, Instant lastChange) {

	/** The stage in the candidate's words. */
	public String status() {
		return withdrawn ? "Withdrawn" : stage.candidateLabel();
	}

}
