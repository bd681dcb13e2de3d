package dev.backboard.billing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Stripe refunded a payment, in part or in full.
 *
 * @param orderId the order
 * @param companyId who had paid
 * @param jobId the job it was for, unless a package
 * @param kind what was bought
 * @param refundedAmount how much has been refunded in all, in the smallest unit
 * @param currency ISO 4217
 * @param full whether all of it was refunded
 * @param refundedAt when Backboard learned of it
 */
public record PaymentRefunded(long orderId, long companyId, @Nullable Long jobId, PriceKind kind, long refundedAmount,
		String currency, boolean full, Instant refundedAt) {
}
