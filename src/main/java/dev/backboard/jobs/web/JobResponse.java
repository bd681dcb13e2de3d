package dev.backboard.jobs.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * A job as the API shows it.
 */
record JobResponse(@Schema(example = JobExamples.ID) long id, @Schema(example = JobExamples.SLUG) String slug,
		@Schema(example = JobExamples.URL) String url, @Schema(example = JobExamples.TITLE) String title,
		CompanyView company, @Schema(example = JobExamples.DESCRIPTION) String descriptionMarkdown,
		@Schema(example = "<p>We build our payments platform in <strong>Go</strong> on PostgreSQL.</p>") String descriptionHtml,
		List<JobLocation> locations, WorkplaceType workplaceType, RemoteView remote, EmploymentType employmentType,
		Seniority seniority, @Nullable SalaryView salary, @Schema(example = "true") boolean visaSponsorship,
		@Schema(example = "false") boolean relocation, List<SkillView> skills, ApplyView apply,
		@Schema(example = JobExamples.POSTED) @Nullable Instant postedAt,
		@Schema(example = JobExamples.VALID_THROUGH) @Nullable Instant validThrough, JobStatus status,
		@Schema(example = "false") boolean featured, @Schema(example = JobExamples.POSTED) Instant updatedAt) {

	record CompanyView(@Schema(example = "acme") String slug, @Schema(example = "Acme") String name,
			@Nullable String website, @Nullable String logoUrl) {
	}

	record RemoteView(@Schema(example = "[\"DE\", \"NL\"]") List<String> countries,
			@Schema(example = "-1") @Nullable Integer timezoneMin,
			@Schema(example = "3") @Nullable Integer timezoneMax) {
	}

	record SalaryView(@Schema(example = "80000") @Nullable BigDecimal min,
			@Schema(example = "95000") @Nullable BigDecimal max, @Schema(example = "EUR") String currency,
			@Schema(example = "YEAR") String period, @Schema(example = "80000") @Nullable BigDecimal annualMin,
			@Schema(example = "95000") @Nullable BigDecimal annualMax, @Schema(example = "EUR") String annualCurrency) {
	}

	record SkillView(@Schema(example = "golang") String slug, @Schema(example = "Go") String name,
			@Schema(example = "true") boolean required) {
	}

	record ApplyView(@Schema(example = JobExamples.APPLY_URL) @Nullable String url,
			@Schema(example = JobExamples.APPLY_EMAIL) @Nullable String email) {
	}

}
