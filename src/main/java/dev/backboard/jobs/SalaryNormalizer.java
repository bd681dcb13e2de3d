package dev.backboard.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns a salary in any accepted currency and period into a yearly figure in the
 * reference currency, using the configured rate table.
 */
@Component
public class SalaryNormalizer {

	private final JobsProperties properties;

	public SalaryNormalizer(JobsProperties properties) {
		this.properties = properties;
	}

	public String referenceCurrency() {
		return properties.referenceCurrency();
	}

	public boolean isKnown(String currency) {
		return properties.currencyRates().containsKey(currency);
	}

	public Set<String> currencies() {
		return new TreeSet<>(properties.currencyRates().keySet());
	}

	public @Nullable AnnualSalary annualize(@Nullable Salary salary) {
		if (salary == null || !isKnown(salary.currency())) {
			return null;
		}
		return new AnnualSalary(annualize(salary.min(), salary), annualize(salary.max(), salary));
	}

	private @Nullable BigDecimal annualize(@Nullable BigDecimal amount, Salary salary) {
		return amount == null ? null
				: toReference(amount.multiply(salary.period().perYear()), salary.currency()).orElse(null);
	}

	/** An amount in the given currency, expressed in the reference currency. */
	public Optional<BigDecimal> toReference(BigDecimal amount, String currency) {
		return Optional.ofNullable(properties.currencyRates().get(currency))
			.map(rate -> amount.multiply(rate).setScale(0, RoundingMode.HALF_UP));
	}

	/** An amount in the reference currency, expressed in the given currency. */
	public Optional<BigDecimal> fromReference(BigDecimal amount, String currency) {
		return Optional.ofNullable(properties.currencyRates().get(currency))
			.map(rate -> amount.divide(rate, 0, RoundingMode.HALF_UP));
	}

}
