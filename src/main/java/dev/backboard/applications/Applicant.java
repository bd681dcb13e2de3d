package dev.backboard.applications;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An application as the employer's team sees it in the list.
 *
 * @param id the application
 * @param jobId the job applied to
 * @param name the candidate's name; {@code null} once anonymized
 * @param email the candidate's address; {@code null} once anonymized
 * @param headline the candidate's headline; {@code null} once anonymized
 * @param skills the candidate's skills when they applied
 * @param stage where it is
 * @param knockedOut whether a screening answer disqualified it
 * @param withdrawn whether the candidate withdrew it
 * @param submittedAt when it was sent
 * @param stageChangedAt when its stage last changed
 * @param match how the candidate's skills cover the job's
 */
public record Applicant(long id, long jobId, @Nullable String name, @Nullable String email, @Nullable String headline,
		List<String> skills, Stage stage, boolean knockedOut, boolean withdrawn, Instant submittedAt,
		Instant stageChangedAt, MatchScore match) {

	public static final String ANONYMIZED = "Anonymized candidate";

	public Applicant {
		skills = List.copyOf(skills);
	}

	/** The name to show: the candidate's, or "Anonymized candidate". */
	public String displayName() {
		return name == null ? ANONYMIZED : name;
	}

}
