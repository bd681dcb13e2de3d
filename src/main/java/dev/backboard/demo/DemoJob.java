package dev.backboard.demo;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * A generated job posting, with the fields of a published job.
 *
 * @param companyIndex the index of its company in {@link DemoDataGenerator#companies()}
 * @param slug the URL name, unique across all jobs of one generator
 * @param title the title: "Senior Backend Engineer, Payments (Go, PostgreSQL)"
 * @param descriptionMarkdown the description in Markdown
 * @param locations the offices, empty for most remote jobs
 * @param workplaceType on-site, hybrid or remote
 * @param remoteCountries for remote jobs, the countries applicants may live in; empty for
 * anywhere
 * @param timezoneMin for remote jobs, the westernmost UTC offset, if limited
 * @param timezoneMax for remote jobs, the easternmost UTC offset, if limited
 * @param employmentType the contract
 * @param seniority the level
 * @param salary the pay range in the local currency, or null when the posting gives none
 * @param visaSponsorship whether a work visa is sponsored
 * @param relocation whether relocation is paid for
 * @param skills the technologies the text mentions, must-haves and nice-to-haves
 * @param applyUrl where to apply, or null to apply by email
 * @param applyEmail whom to email, or null to apply on the web
 * @param postedAt when it was published, within the 60 days before now
 * @param validThrough when it expires, 45 to 90 days after it was posted
 * @param featured whether it is promoted
 */
public record DemoJob(int companyIndex, String slug, String title, String descriptionMarkdown,
		List<JobLocation> locations, WorkplaceType workplaceType, List<String> remoteCountries,
		@Nullable Integer timezoneMin, @Nullable Integer timezoneMax, EmploymentType employmentType,
		Seniority seniority, @Nullable Salary salary, boolean visaSponsorship, boolean relocation,
		List<JobSkill> skills, @Nullable String applyUrl, @Nullable String applyEmail, Instant postedAt,
		Instant validThrough, boolean featured) {

	public DemoJob {
		locations = List.copyOf(locations);
		remoteCountries = List.copyOf(remoteCountries);
		skills = List.copyOf(skills);
	}

}
