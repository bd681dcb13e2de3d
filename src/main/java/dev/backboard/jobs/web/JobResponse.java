package dev.backboard.jobs.web;

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
record JobResponse(long id, String slug, String url, String title, CompanyView company, String descriptionMarkdown,
		String descriptionHtml, List<JobLocation> locations, WorkplaceType workplaceType, RemoteView remote,
		EmploymentType employmentType, Seniority seniority, @Nullable SalaryView salary, boolean visaSponsorship,
		boolean relocation, List<SkillView> skills, ApplyView apply, @Nullable Instant postedAt,
		@Nullable Instant validThrough, JobStatus status, boolean featured, Instant updatedAt) {

	record CompanyView(String slug, String name, @Nullable String website, @Nullable String logoUrl) {
	}

	record RemoteView(List<String> countries, @Nullable Integer timezoneMin, @Nullable Integer timezoneMax) {
	}

	record SalaryView(@Nullable BigDecimal min, @Nullable BigDecimal max, String currency, String period,
			@Nullable BigDecimal annualMin, @Nullable BigDecimal annualMax, String annualCurrency) {
	}

	record SkillView(String slug, String name, boolean required) {
	}

	record ApplyView(@Nullable String url, @Nullable String email) {
	}

}
