package dev.backboard.search;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record JobHit(@Schema(example = "4211") long id, @Schema(example = "senior-go-engineer-acme-3f9a") String slug,
		@Schema(example = "Senior Go Engineer") String title, CompanyRef company,
		@Schema(example = "[\"Berlin, DE\", \"Remote (DE, NL)\"]") List<String> places, WorkplaceType workplaceType,
		Seniority seniority, EmploymentType employmentType, @Nullable SalaryRange salary, List<SkillRef> skills,
		@Schema(example = "2026-12-01T09:30:00Z") Instant postedAt, @Schema(example = "false") boolean featured,
		@Schema(example = "true") boolean visaSponsorship,
		@Schema(example = "We build our payments platform in Go on PostgreSQL.") String snippet) {

	/**
	 * The employer of a hit.
	 */
	public record CompanyRef(@Schema(example = "acme") String slug, @Schema(example = "Acme") String name) {
	}

	/**
	 * A technology of a hit.
	 */
	public record SkillRef(@Schema(example = "golang") String slug, @Schema(example = "Go") String name) {
	}

	/**
	 * The stated pay.
	 */
	public record SalaryRange(@Schema(example = "80000") @Nullable BigDecimal min,
			@Schema(example = "95000") @Nullable BigDecimal max, @Schema(example = "EUR") String currency,
			@Schema(example = "YEAR") String period) {
	}

}
