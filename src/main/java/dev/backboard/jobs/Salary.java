package dev.backboard.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pay range as the employer states it: "80,000 to 95,000 EUR a year".
 *
 * @param min the lower bound, or null when only a maximum is given
 * @param max the upper bound, or null when only a minimum is given
 * @param currency the ISO 4217 code
 * @param period what the figures are paid for
 */
@Embeddable
public record Salary(
		@Schema(example = "80000") @Nullable @DecimalMin(value = "0",
				message = "must not be negative") @Column(name = "salary_min") BigDecimal min,
		@Schema(example = "95000") @Nullable @DecimalMin(value = "0",
				message = "must not be negative") @Column(name = "salary_max") BigDecimal max,
		@Schema(example = "EUR") @NotNull @Pattern(regexp = "[A-Z]{3}",
				message = "must be an ISO 4217 code such as EUR") @Column(name = "salary_currency") String currency,
		@NotNull @Enumerated(EnumType.STRING) @Column(name = "salary_period") SalaryPeriod period) {

	@AssertTrue(message = "the minimum must not be above the maximum")
	boolean isOrdered() {
		return min == null || max == null || min.compareTo(max) <= 0;
	}

	@AssertTrue(message = "give a minimum, a maximum or both")
	boolean isBounded() {
		return min != null || max != null;
	}

}
