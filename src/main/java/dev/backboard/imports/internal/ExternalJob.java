package dev.backboard.imports.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.WorkplaceType;

/**
 * A job as a source lists it, in Backboard's terms but not yet checked.
 *
 * @param externalId its id at the source
 * @param title the title
 * @param descriptionHtml the description as the source's HTML (not yet sanitized)
 * @param locations place names as the source writes them ("Berlin, Germany")
 * @param countryCode the ISO country code when the source gives one
 * @param workplaceType on-site, hybrid or remote, when the source says
 * @param employmentType the contract, when the source says
 * @param pay the pay range, when the source gives one
 * @param departments the departments or teams
 * @param applyUrl the source's apply page
 */
public record ExternalJob(String externalId, String title, String descriptionHtml, List<String> locations,
		@Nullable String countryCode, @Nullable WorkplaceType workplaceType, @Nullable EmploymentType employmentType,
		@Nullable Pay pay, List<String> departments, @Nullable String applyUrl) {

	public ExternalJob {
		locations = List.copyOf(locations);
		departments = List.copyOf(departments);
	}

	/** A pay range as the source states it. */
	public record Pay(@Nullable BigDecimal min, @Nullable BigDecimal max, String currency, SalaryPeriod period) {
	}

}
