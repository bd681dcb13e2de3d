package dev.backboard.jobs;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A pay range per year in the reference currency, so that salaries in any currency and
 * period can be compared and filtered.
 */
public record AnnualSalary(@Nullable BigDecimal min, @Nullable BigDecimal max) {
}
