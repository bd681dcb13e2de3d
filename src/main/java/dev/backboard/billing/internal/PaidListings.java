package dev.backboard.billing.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.backboard.billing.BillingProperties;
import dev.backboard.billing.Checkouts;
import dev.backboard.billing.Credits;
import dev.backboard.billing.Prices;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.ListingPayments;

import org.springframework.stereotype.Component;

/**
 * What the jobs module asks when a job is submitted: free, covered by a credit, or to be
 * paid at checkout.
 */
@Component
class PaidListings implements ListingPayments {

	private final Credits credits;

	private final Checkouts checkouts;

	private final Prices prices;

	private final BillingProperties properties;

	private final dev.backboard.jobs.JobService jobs;

	PaidListings(Credits credits, Checkouts checkouts, Prices prices, BillingProperties properties,
			dev.backboard.jobs.JobService jobs) {
		this.credits = credits;
		this.checkouts = checkouts;
		this.prices = prices;
		this.properties = properties;
		this.jobs = jobs;
	}

	@Override
	public boolean cover(long companyId, long jobId) {
		// A board without a listing price charges nothing, even with a Stripe key.
		return !properties.enabled() || prices.defaultListing().isEmpty() || credits.cover(companyId);
	}

	@Override
	public Optional<String> checkoutUrl(long companyId, long jobId, @Nullable Long accountId) {
		if (!properties.enabled() || jobs.findForCompany(companyId, jobId).getStatus() != JobStatus.PENDING_PAYMENT) {
			return Optional.empty();
		}
		return prices.defaultListing().map(price -> checkouts.listing(companyId, jobId, price.code(), accountId));
	}

}
