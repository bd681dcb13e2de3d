package dev.backboard.billing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Stripe confirmed a payment (published in the transaction that records it, once per
 * order), for modules that tell employers about it, e.g. outbound webhooks.
 *
 * @param orderId the order
 * @param companyId who paid
 * @param jobId the job it was for, unless a package
 * @param kind what was bought
 * @param amount in the currency's smallest unit
 * @param currency ISO 4217
 * @param paidAt when Backboard learned of it
 */
public record PaymentSucceeded(long orderId, long companyId, @Nullable Long jobId, PriceKind kind, long amount,
		String currency, Instant paidAt) {
}
