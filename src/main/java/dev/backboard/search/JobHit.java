package dev.backboard.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * A job as a result list shows it, read from the index alone.
 *
 * @param id the job's id
 * @param slug its page's address part
 * @param title its title
 * @param company the employer
 * @param places "Berlin, DE" for each location
 * @param workplaceType on-site, hybrid or remote
 * @param seniority the level
 * @param employmentType the contract
 * @param salary the stated pay, if any
 * @param skills the technologies, must-haves first
 * @param postedAt when it was published
 * @param featured whether the employer paid to feature it
 * @param visaSponsorship whether it sponsors a visa
 * @param snippet an HTML-escaped excerpt of the description with matches in
 * {@code <mark>}
 */
public record JobHit(long id, String slug, String title, CompanyRef company, List<String> places,
		WorkplaceType workplaceType, Seniority seniority, EmploymentType employmentType, @Nullable SalaryRange salary,
		List<SkillRef> skills, Instant postedAt, boolean featured, boolean visaSponsorship, String snippet) {

	/**
	 * The employer of a hit.
	 */
	public record CompanyRef(String slug, String name) {
	}

	/**
	 * A technology of a hit.
	 */
	public record SkillRef(String slug, String name) {
	}

	/**
	 * The stated pay.
	 */
	public record SalaryRange(@Nullable BigDecimal min, @Nullable BigDecimal max, String currency, String period) {
	}

}
