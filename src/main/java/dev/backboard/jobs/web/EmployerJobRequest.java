package dev.backboard.jobs.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * A job as an API client writes it: only what an employer may say about a job. Its
 * status, company, dates and features are Backboard's, so they are no part of it; a body
 * that carries them is refused.
 *
 * @param title the job title, 5 to 150 characters
 * @param descriptionMarkdown the description in Markdown
 * @param workplaceType ONSITE, HYBRID or REMOTE
 * @param locations where the job is based; at least one unless it is remote
 * @param remoteCountries for remote jobs, ISO country codes applicants may live in
 * @param timezoneMin for remote jobs, the westernmost UTC offset in hours
 * @param timezoneMax for remote jobs, the easternmost UTC offset in hours
 * @param employmentType the contract
 * @param seniority the level
 * @param salary the pay range, if stated
 * @param visaSponsorship whether a work visa is sponsored (false when left out)
 * @param relocation whether relocation is paid for (false when left out)
 * @param skills the technologies asked for; taken from the text when empty
 * @param applyUrl where to apply, or
 * @param applyEmail whom to email an application
 */
@Schema(name = "EmployerJobRequest")
record EmployerJobRequest(
		@Schema(example = JobExamples.TITLE, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String title,
		@Schema(example = JobExamples.DESCRIPTION,
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String descriptionMarkdown,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable WorkplaceType workplaceType,
		@Nullable List<JobLocation> locations,
		@Schema(example = "[\"DE\", \"NL\"]") @Nullable List<String> remoteCountries,
		@Schema(example = "-1") @Nullable Integer timezoneMin, @Schema(example = "3") @Nullable Integer timezoneMax,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable EmploymentType employmentType,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Seniority seniority, @Nullable Salary salary,
		@Schema(example = "true") @Nullable Boolean visaSponsorship,
		@Schema(example = "false") @Nullable Boolean relocation, @Nullable List<SkillEntry> skills,
		@Schema(example = JobExamples.APPLY_URL) @Nullable String applyUrl,
		@Schema(example = JobExamples.APPLY_EMAIL) @Nullable String applyEmail) {

	/**
	 * A technology the job asks for.
	 *
	 * @param skill its name or slug, e.g. "PostgreSQL" or "spring-boot"
	 * @param required a must-have (the default) rather than a nice-to-have
	 */
	record SkillEntry(@Schema(example = "golang") @Nullable String skill,
			@Schema(example = "true") @Nullable Boolean required) {
	}

	/**
	 * The request that would write the job as it is now: what a merge patch applies to.
	 */
	static EmployerJobRequest of(Job job) {
		return new EmployerJobRequest(job.getTitle(), job.getDescriptionMarkdown(), job.getWorkplaceType(),
				job.getLocations(), job.getRemoteCountries(), job.getTimezoneMin(), job.getTimezoneMax(),
				job.getEmploymentType(), job.getSeniority(), job.getSalary().orElse(null), job.isVisaSponsorship(),
				job.isRelocation(),
				EmployerJobResponse.skills(job)
					.stream()
					.map(skill -> new SkillEntry(skill.skill(), skill.required()))
					.toList(),
				job.getApplyUrl(), job.getApplyEmail());
	}

	/**
	 * The details the jobs module validates further (lengths, URLs, known skills and
	 * currencies).
	 * @throws InvalidJob naming each missing field and each empty list entry
	 */
	JobDetails toDetails() {
		Map<String, String> errors = new LinkedHashMap<>();
		required(errors, "title", title);
		required(errors, "descriptionMarkdown", descriptionMarkdown);
		required(errors, "workplaceType", workplaceType);
		required(errors, "employmentType", employmentType);
		required(errors, "seniority", seniority);
		List<JobLocation> places = entries(errors, "locations", locations);
		List<String> countries = entries(errors, "remoteCountries", remoteCountries);
		List<SkillEntry> entries = entries(errors, "skills", skills);
		List<JobSkill> asked = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			SkillEntry entry = entries.get(i);
			if (entry.skill() == null || entry.skill().isBlank()) {
				errors.putIfAbsent("skills[" + i + "].skill", "is required");
			}
			else {
				asked.add(new JobSkill(entry.skill().strip(), !Boolean.FALSE.equals(entry.required())));
			}
		}
		if (!errors.isEmpty() || title == null || descriptionMarkdown == null || workplaceType == null
				|| employmentType == null || seniority == null) {
			throw new InvalidJob(errors);
		}
		return new JobDetails(title, descriptionMarkdown, places, workplaceType, countries, timezoneMin, timezoneMax,
				employmentType, seniority, salary, Boolean.TRUE.equals(visaSponsorship),
				Boolean.TRUE.equals(relocation), asked, applyUrl, applyEmail);
	}

	private static void required(Map<String, String> errors, String field, @Nullable Object value) {
		if (value == null) {
			errors.put(field, "is required");
		}
	}

	/** The list without gaps: a null entry is an error rather than a 500 further down. */
	private static <T> List<T> entries(Map<String, String> errors, String field, @Nullable List<T> values) {
		if (values == null) {
			return List.of();
		}
		List<T> present = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			T value = values.get(i);
			if (value == null) {
				errors.putIfAbsent(field + "[" + i + "]", "must not be null");
			}
			else {
				present.add(value);
			}
		}
		return present;
	}

}
