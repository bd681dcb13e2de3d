package dev.backboard.billing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something a company bought, or started to buy, through Stripe Checkout.
 *
 * @param id its number
 * @param companyId the buyer
 * @param jobId the job it is for, unless a package or the job was deleted
 * @param jobTitle the job's title when it was bought
 * @param kind what was bought
 * @param label the price's label when it was bought
 * @param amount what was charged, in the currency's smallest unit
 * @param currency ISO 4217
 * @param status where it stands
 * @param checkoutUrl where the employer pays, while pending
 * @param receiptUrl Stripe's receipt, once paid
 * @param invoiceUrl Stripe's hosted invoice, when one was created
 * @param failureMessage why the last payment attempt failed
 * @param refundedAmount how much was refunded
 * @param createdAt when checkout started
 * @param paidAt when Stripe confirmed the payment
 * @param disputedAt when the buyer's bank opened a dispute
 */
public record Order(long id, long companyId, @Nullable Long jobId, @Nullable String jobTitle, PriceKind kind,
		String label, long amount, String currency, OrderStatus status, @Nullable String checkoutUrl,
		@Nullable String receiptUrl, @Nullable String invoiceUrl, @Nullable String failureMessage, long refundedAmount,
		Instant createdAt, @Nullable Instant paidAt, @Nullable Instant disputedAt) {

	public String display() {
		return Money.format(amount, currency);
	}

}
