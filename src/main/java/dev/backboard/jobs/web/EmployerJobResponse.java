package dev.backboard.jobs.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.companies.Company;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * One of the company's jobs as its API clients see it, in any status: the fields they
 * write, plus what Backboard keeps about it. The company is named by id, slug and name
 * only.
 *
 * @param id its id
 * @param slug its URL name
 * @param status where it is in its lifecycle
 * @param url its public page, once published
 * @param company whose job it is
 * @param title the title
 * @param descriptionMarkdown the description in Markdown
 * @param workplaceType on-site, hybrid or remote
 * @param locations where it is based
 * @param remoteCountries for remote jobs, the countries applicants may live in
 * @param timezoneMin for remote jobs, the westernmost UTC offset
 * @param timezoneMax for remote jobs, the easternmost UTC offset
 * @param employmentType the contract
 * @param seniority the level
 * @param salary the pay range, if stated
 * @param visaSponsorship whether a work visa is sponsored
 * @param relocation whether relocation is paid for
 * @param skills the technologies asked for, as taxonomy slugs, must-haves first
 * @param applyUrl where to apply
 * @param applyEmail whom to email an application
 * @param rejectionReason why a moderator sent it back, while it is a rejected draft
 * @param submittedAt when it was last submitted
 * @param postedAt when it was first published
 * @param validThrough until when it stays live
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param checkoutUrl where to pay, in the answer to a submission that waits for its
 * payment
 */
record EmployerJobResponse(@Schema(example = JobExamples.ID) long id, @Schema(example = JobExamples.SLUG) String slug,
		JobStatus status, @Schema(example = JobExamples.URL) @Nullable String url, CompanyView company,
		@Schema(example = JobExamples.TITLE) String title,
		@Schema(example = JobExamples.DESCRIPTION) String descriptionMarkdown, WorkplaceType workplaceType,
		List<JobLocation> locations, @Schema(example = "[\"DE\", \"NL\"]") List<String> remoteCountries,
		@Schema(example = "-1") @Nullable Integer timezoneMin, @Schema(example = "3") @Nullable Integer timezoneMax,
		EmploymentType employmentType, Seniority seniority, @Nullable Salary salary,
		@Schema(example = "true") boolean visaSponsorship, @Schema(example = "false") boolean relocation,
		List<JobSkill> skills, @Schema(example = JobExamples.APPLY_URL) @Nullable String applyUrl,
		@Schema(example = JobExamples.APPLY_EMAIL) @Nullable String applyEmail,
		@Schema(example = JobExamples.REJECTION) @Nullable String rejectionReason,
		@Schema(example = JobExamples.POSTED) @Nullable Instant submittedAt,
		@Schema(example = JobExamples.POSTED) @Nullable Instant postedAt,
		@Schema(example = JobExamples.VALID_THROUGH) @Nullable Instant validThrough,
		@Schema(example = JobExamples.CREATED) Instant createdAt,
		@Schema(example = JobExamples.POSTED) Instant updatedAt,
		@Schema(example = "https://checkout.example.com/c/pay/cs_test_a1B2c3D4") @Nullable String checkoutUrl) {

	/**
	 * The company the job belongs to.
	 *
	 * @param id its id
	 * @param slug its URL name
	 * @param name its name
	 */
	record CompanyView(@Schema(example = "17") long id, @Schema(example = "acme") String slug,
			@Schema(example = "Acme") String name) {
	}

	static EmployerJobResponse of(Job job, String baseUrl) {
		Company company = job.getCompany();
		return new EmployerJobResponse(job.getId(), job.getSlug(), job.getStatus(), publicUrl(job, baseUrl),
				new CompanyView(company.getId(), company.getSlug(), company.getName()), job.getTitle(),
				job.getDescriptionMarkdown(), job.getWorkplaceType(), job.getLocations(), job.getRemoteCountries(),
				job.getTimezoneMin(), job.getTimezoneMax(), job.getEmploymentType(), job.getSeniority(),
				job.getSalary().orElse(null), job.isVisaSponsorship(), job.isRelocation(), skills(job),
				job.getApplyUrl(), job.getApplyEmail(), job.getRejectionReason(), job.getSubmittedAt(),
				job.getPostedAt(), job.getValidThrough(), job.getCreatedAt(), job.getUpdatedAt(), null);
	}

	/** The answer to a submission that waits for its payment. */
	EmployerJobResponse withCheckoutUrl(@Nullable String checkout) {
		return new EmployerJobResponse(id, slug, status, this.url, company, title, descriptionMarkdown, workplaceType,
				locations, remoteCountries, timezoneMin, timezoneMax, employmentType, seniority, salary,
				visaSponsorship, relocation, skills, applyUrl, applyEmail, rejectionReason, submittedAt, postedAt,
				validThrough, createdAt, updatedAt, checkout);
	}

	/** Must-haves first, then by slug, so that the same job always reads the same. */
	static List<JobSkill> skills(Job job) {
		return job.getSkills()
			.stream()
			.sorted(Comparator.comparing(JobSkill::required).reversed().thenComparing(JobSkill::skill))
			.toList();
	}

	static @Nullable String publicUrl(Job job, String baseUrl) {
		return job.isPublic() ? baseUrl + "/jobs/" + job.getSlug() : null;
	}

}
