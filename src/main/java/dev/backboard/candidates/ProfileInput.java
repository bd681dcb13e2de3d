package dev.backboard.candidates;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;

/**
 * A profile as typed into its form: every field as text, so that whatever was entered can
 * be shown again next to its error. Missing fields are empty.
 *
 * @param headline one line about the candidate
 * @param summary Markdown
 * @param skills skill names or aliases, separated by commas
 * @param yearsOfExperience a whole number from 0 to 60, or empty
 * @param seniority a {@link dev.backboard.jobs.Seniority} name, or empty
 * @param city a city name, or empty
 * @param countryCode an ISO 3166-1 alpha-2 code, or empty
 * @param willingToRelocate whether the candidate would move
 * @param remotePreference a {@link RemotePreference} name
 * @param salaryAmount a positive amount, or empty
 * @param salaryCurrency an ISO 4217 code from the board's currency table
 * @param salaryPeriod a {@link dev.backboard.jobs.SalaryPeriod} name
 * @param workCountries ISO 3166-1 alpha-2 codes, separated by commas or spaces
 * @param githubUrl an http(s) link to GitHub, or empty
 * @param websiteUrl an http(s) link, or empty
 */
public record ProfileInput(@Schema(example = "Backend engineer, 8 years of Go and PostgreSQL") String headline,
		@Schema(example = "I build and run payment services in Go.") String summary,
		@Schema(example = "golang, postgresql, kubernetes") String skills,
		@Schema(example = "8") String yearsOfExperience, @Schema(example = "SENIOR") String seniority,
		@Schema(example = "Berlin") String city, @Schema(example = "DE") String countryCode,
		@Schema(example = "false") boolean willingToRelocate, @Schema(example = "REMOTE_ONLY") String remotePreference,
		@Schema(example = "90000") String salaryAmount, @Schema(example = "EUR") String salaryCurrency,
		@Schema(example = "YEAR") String salaryPeriod, @Schema(example = "DE, NL") String workCountries,
		@Schema(example = "https://github.com/example") String githubUrl,
		@Schema(example = "https://jane.example.com") String websiteUrl) {

	/** Form binding leaves absent fields null; they mean empty. */
	public ProfileInput {
		headline = text(headline);
		summary = text(summary);
		skills = text(skills);
		yearsOfExperience = text(yearsOfExperience);
		seniority = text(seniority);
		city = text(city);
		countryCode = text(countryCode);
		remotePreference = text(remotePreference);
		salaryAmount = text(salaryAmount);
		salaryCurrency = text(salaryCurrency);
		salaryPeriod = text(salaryPeriod);
		workCountries = text(workCountries);
		githubUrl = text(githubUrl);
		websiteUrl = text(websiteUrl);
	}

	public static ProfileInput empty() {
		return new ProfileInput("", "", "", "", "", "", "", false, RemotePreference.ANY.name(), "", "", "YEAR", "", "",
				"");
	}

	private static String text(String value) {
		return Objects.requireNonNullElse(value, "");
	}

}
