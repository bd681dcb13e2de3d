package dev.backboard.jobs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;

/**
 * What an employer says about a job: everything but its lifecycle.
 *
 * @param title the job title, 5 to 150 characters
 * @param descriptionMarkdown the description in Markdown
 * @param locations where the job is based; at least one unless it is remote
 * @param workplaceType on-site, hybrid or remote
 * @param remoteCountries for remote jobs, the countries applicants may live in; empty for
 * anywhere
 * @param timezoneMin for remote jobs, the westernmost UTC offset in hours that overlaps
 * enough
 * @param timezoneMax for remote jobs, the easternmost UTC offset in hours
 * @param employmentType the contract
 * @param seniority the level
 * @param salary the pay range, when the employer states it
 * @param visaSponsorship whether a work visa is sponsored
 * @param relocation whether relocation is paid for
 * @param skills the technologies asked for; taken from the text when empty
 * @param applyUrl where to apply, or
 * @param applyEmail whom to email an application
 * @param applyMethod how candidates apply; {@code null} for the URL when given, else the
 * email
 */
public record JobDetails(@NotBlank @Size(min = 5, max = 150) String title,
		@NotBlank @Size(max = 50_000) String descriptionMarkdown, @Valid @Size(max = 20) List<JobLocation> locations,
		@NotNull WorkplaceType workplaceType,
		@Size(max = 250) List<@Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166 country code such as DE") String> remoteCountries,
		@Nullable @Min(-12) @Max(14) Integer timezoneMin, @Nullable @Min(-12) @Max(14) Integer timezoneMax,
		@NotNull EmploymentType employmentType, @NotNull Seniority seniority, @Valid @Nullable Salary salary,
		boolean visaSponsorship, boolean relocation, @Valid @Size(max = 40) List<JobSkill> skills,
		@Nullable @URL(regexp = "^https?://.*",
				message = "must be an http or https URL") @Size(max = 1000) String applyUrl,
		@Nullable @Email @Size(max = 254) String applyEmail, @Nullable ApplyMethod applyMethod) {

	public JobDetails {
		locations = List.copyOf(locations);
		remoteCountries = List.copyOf(remoteCountries);
		skills = List.copyOf(skills);
	}

	/** Details without a chosen apply method: the URL when given, else the email. */
	public JobDetails(String title, String descriptionMarkdown, List<JobLocation> locations,
			WorkplaceType workplaceType, List<String> remoteCountries, @Nullable Integer timezoneMin,
			@Nullable Integer timezoneMax, EmploymentType employmentType, Seniority seniority, @Nullable Salary salary,
			boolean visaSponsorship, boolean relocation, List<JobSkill> skills, @Nullable String applyUrl,
			@Nullable String applyEmail) {
		this(title, descriptionMarkdown, locations, workplaceType, remoteCountries, timezoneMin, timezoneMax,
				employmentType, seniority, salary, visaSponsorship, relocation, skills, applyUrl, applyEmail, null);
	}

	@AssertTrue(message = "an on-site or hybrid job needs at least one location")
	boolean isLocated() {
		return workplaceType == WorkplaceType.REMOTE || !locations.isEmpty();
	}

	@AssertTrue(message = "give an application URL or email")
	boolean isApplicable() {
		return switch (ApplyMethod.derived(applyMethod, applyUrl)) {
			case BACKBOARD -> true;
			case URL -> applyUrl != null && !applyUrl.isBlank();
			case EMAIL -> applyEmail != null && !applyEmail.isBlank();
		};
	}

	@AssertTrue(message = "the time-zone range must run from west to east")
	boolean isTimezoneOrdered() {
		return timezoneMin == null || timezoneMax == null || timezoneMin <= timezoneMax;
	}

	public JobDetails withSkills(List<JobSkill> skills) {
		return new JobDetails(title, descriptionMarkdown, locations, workplaceType, remoteCountries, timezoneMin,
				timezoneMax, employmentType, seniority, salary, visaSponsorship, relocation, skills, applyUrl,
				applyEmail, applyMethod);
	}

}
