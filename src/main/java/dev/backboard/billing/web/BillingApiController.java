package dev.backboard.billing.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import dev.backboard.billing.BillingProperties;
import dev.backboard.billing.Credits;
import dev.backboard.billing.Price;
import dev.backboard.billing.PriceKind;
import dev.backboard.billing.Prices;
import dev.backboard.companies.ApiClient;
import dev.backboard.jobs.JobService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What submitting a job will cost, before the employer submits it.
 */
@RestController
@Tag(name = "Employer jobs")
class BillingApiController {

	private final JobService jobs;

	private final Prices prices;

	private final Credits credits;

	private final BillingProperties properties;

	BillingApiController(JobService jobs, Prices prices, Credits credits, BillingProperties properties) {
		this.jobs = jobs;
		this.prices = prices;
		this.credits = credits;
		this.properties = properties;
	}

	/**
	 * @param jobId the job
	 * @param coveredBy how its listing will be paid: {@code free} (payments off),
	 * {@code free-listing}, {@code package-credit} or {@code checkout}
	 * @param price what the checkout charges, when it comes to a checkout
	 * @param listings every listing price to choose from at checkout
	 */
	record JobPrice(@Schema(example = "4211") long jobId, @Schema(example = "checkout") String coveredBy,
			@Nullable PriceView price, List<PriceView> listings) {
	}

	/**
	 * @param code the price's name
	 * @param label what employers read
	 * @param amount in the currency's smallest unit (cents)
	 * @param currency ISO 4217
	 * @param days how long the job stays live
	 */
	record PriceView(@Schema(example = "listing-30") String code, @Schema(example = "30-day listing") String label,
			@Schema(example = "9900") long amount, @Schema(example = "EUR") String currency,
			@Schema(example = "30") @Nullable Integer days) {

		static PriceView of(Price price) {
			return new PriceView(price.code(), price.label(), price.amount(), price.currency(), price.days());
		}

	}

	@GetMapping("/api/v1/company/jobs/{id}/price")
	@Operation(summary = "What submitting the job will cost",
			description = "Free, covered by a free listing or a package credit, or paid at a Stripe checkout "
					+ "whose URL the submit call returns as checkoutUrl.")
	JobPrice price(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		jobs.findForCompany(client.companyId(), id);
		List<PriceView> listings = prices.current(PriceKind.LISTING).stream().map(PriceView::of).toList();
		if (!properties.enabled() || listings.isEmpty()) {
			return new JobPrice(id, "free", null, List.of());
		}
		Credits.Balance balance = credits.balance(client.companyId());
		if (balance.freeListings() > 0) {
			return new JobPrice(id, "free-listing", null, listings);
		}
		if (balance.packageCredits() > 0) {
			return new JobPrice(id, "package-credit", null, listings);
		}
		return new JobPrice(id, "checkout", listings.getFirst(), listings);
	}

}
