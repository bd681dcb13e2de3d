package dev.backboard.jobs;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Whether a submitted job still has to be paid for, and where. The billing module
 * implements it; without an implementation every listing is free.
 */
public interface ListingPayments {

	/**
	 * Called in the transaction that submits or relists the job: answers true when the
	 * listing is covered without a checkout (payments off, a free allowance or a package
	 * credit, which it spends), false when the job waits in "pending payment".
	 */
	boolean cover(long companyId, long jobId);

	/**
	 * The checkout page where a job waiting for its payment is paid at the default
	 * listing price: the open one, or a new one.
	 * @param accountId who asked, when a person did
	 * @return empty when the job does not wait for a payment
	 */
	Optional<String> checkoutUrl(long companyId, long jobId, @Nullable Long accountId);

}
