package dev.backboard.candidates;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.Seniority;

/**
 * A candidate's profile, as other modules read it (to pre-fill an application, to score a
 * match against a job).
 *
 * @param accountId whose profile it is
 * @param headline one line, at most 120 characters
 * @param summary Markdown, at most 5000 characters; show it only through
 * {@link dev.backboard.core.SafeMarkdown}
 * @param skills taxonomy slugs, in the candidate's order
 * @param yearsOfExperience 0 to 60, if given
 * @param seniority the level the candidate works at, if given
 * @param city where the candidate lives, if given
 * @param countryCode ISO 3166-1 alpha-2 code of where the candidate lives, if given
 * @param willingToRelocate whether the candidate would move for a job
 * @param remotePreference where the candidate wants to work from
 * @param desiredSalary what the candidate wants to earn, if given
 * @param workCountries ISO codes of the countries where the candidate may work
 * @param githubUrl an http(s) link to GitHub, if given
 * @param websiteUrl an http(s) link to a personal site, if given
 * @param visibility who may see the profile
 * @param updatedAt when it was last saved
 */
public record CandidateProfile(long accountId, String headline, String summary, List<String> skills,
		@Nullable Integer yearsOfExperience, @Nullable Seniority seniority, @Nullable String city,
		@Nullable String countryCode, boolean willingToRelocate, RemotePreference remotePreference,
		@Nullable DesiredSalary desiredSalary, List<String> workCountries, @Nullable String githubUrl,
		@Nullable String websiteUrl, ProfileVisibility visibility, Instant updatedAt) {

	public CandidateProfile {
		skills = List.copyOf(skills);
		workCountries = List.copyOf(workCountries);
	}

}
