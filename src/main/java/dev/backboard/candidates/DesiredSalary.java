package dev.backboard.candidates;

import java.math.BigDecimal;

import dev.backboard.jobs.SalaryPeriod;

/**
 * What a candidate wants to earn.
 *
 * @param amount a positive amount
 * @param currency an ISO 4217 code from the board's currency table
 * @param period what the amount is paid for
 */
public record DesiredSalary(BigDecimal amount, String currency, SalaryPeriod period) {

}
