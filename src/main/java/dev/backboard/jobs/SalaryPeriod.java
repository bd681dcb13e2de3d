package dev.backboard.jobs;

import java.math.BigDecimal;

/**
 * The period a salary figure is paid for, and how many of them make a working year.
 */
public enum SalaryPeriod {

	HOUR(2080), DAY(260), WEEK(52), MONTH(12), YEAR(1);

	private final int perYear;

	SalaryPeriod(int perYear) {
		this.perYear = perYear;
	}

	public BigDecimal perYear() {
		return BigDecimal.valueOf(perYear);
	}

}
