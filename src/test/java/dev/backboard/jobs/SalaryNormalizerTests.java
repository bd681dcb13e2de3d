package dev.backboard.jobs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryNormalizerTests {

	SalaryNormalizer normalizer = new SalaryNormalizer(new JobsProperties(Duration.ofDays(30), Duration.ofMinutes(5),
			"USD", Map.of("USD", BigDecimal.ONE, "EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27"))));

	@Test
	void annualizesAYearlySalaryIntoTheReferenceCurrency() {
		AnnualSalary annual = normalizer.annualize(salary("80000", "100000", "EUR", SalaryPeriod.YEAR));

		assertThat(annual.min()).isEqualByComparingTo("86400");
		assertThat(annual.max()).isEqualByComparingTo("108000");
	}

	@Test
	void annualizesHourlyDailyWeeklyAndMonthlyRates() {
		assertThat(normalizer.annualize(salary("50", "50", "USD", SalaryPeriod.HOUR)).min())
			.isEqualByComparingTo("104000");
		assertThat(normalizer.annualize(salary("600", "600", "USD", SalaryPeriod.DAY)).min())
			.isEqualByComparingTo("156000");
		assertThat(normalizer.annualize(salary("2000", "2000", "USD", SalaryPeriod.WEEK)).min())
			.isEqualByComparingTo("104000");
		assertThat(normalizer.annualize(salary("5000", "5000", "GBP", SalaryPeriod.MONTH)).min())
			.isEqualByComparingTo("76200");
	}

	@Test
	void keepsAnOpenEndedRangeOpen() {
		AnnualSalary annual = normalizer.annualize(new Salary(null, new BigDecimal("90000"), "USD", SalaryPeriod.YEAR));

		assertThat(annual.min()).isNull();
		assertThat(annual.max()).isEqualByComparingTo("90000");
	}

	@Test
	void convertsBothWays() {
		assertThat(normalizer.toReference(new BigDecimal("100000"), "EUR")).hasValue(new BigDecimal("108000"));
		assertThat(normalizer.fromReference(new BigDecimal("108000"), "EUR")).hasValue(new BigDecimal("100000"));
		assertThat(normalizer.toReference(BigDecimal.ONE, "XYZ")).isEmpty();
		assertThat(normalizer.isKnown("GBP")).isTrue();
		assertThat(normalizer.isKnown("XYZ")).isFalse();
	}

	private static Salary salary(String min, String max, String currency, SalaryPeriod period) {
		return new Salary(new BigDecimal(min), new BigDecimal(max), currency, period);
	}

}
