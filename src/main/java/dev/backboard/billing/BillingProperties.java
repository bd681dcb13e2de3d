package dev.backboard.billing;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of paid listings. Without a Stripe secret key every listing is free, as
 * before.
 *
 * @param stripe how to reach Stripe
 * @param currency the currency of every price, as ISO 4217 (lower or upper case)
 * @param automaticTax whether Stripe computes and collects tax at checkout (Stripe Tax
 * must be set up in the Stripe account)
 * @param refundedListing what happens to a job whose listing is refunded: {@code close}
 * it, or return it to its employer as a {@code draft}
 * @param reconciliation how often Stripe's recent events are listed to apply any that the
 * webhook missed
 * @param reconciliationWindow how far back the reconciliation looks
 * @param prices the prices a new installation starts with; later changes are made on the
 * operator's billing page and kept with their history in the database
 */
@ConfigurationProperties("backboard.billing")
public record BillingProperties(@DefaultValue Stripe stripe, @DefaultValue("usd") String currency,
		@DefaultValue("false") boolean automaticTax, @DefaultValue("close") RefundedListing refundedListing,
		@DefaultValue("10m") Duration reconciliation, @DefaultValue("3d") Duration reconciliationWindow,
		@DefaultValue List<InitialPrice> prices) {

	/** Whether payments are on: a Stripe secret key is set. */
	public boolean enabled() {
		return stripe.secretKey() != null && !stripe.secretKey().isBlank();
	}

	/**
	 * @param secretKey the secret API key ({@code sk_live_...} or {@code sk_test_...});
	 * empty turns payments off
	 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_...})
	 * @param apiBase where Stripe's API is; changed only to point at a stand-in in tests
	 * @param webhookTolerance how old a signed webhook may be
	 * @param checkoutOrigin where Stripe's checkout pages are: the pages that send
	 * employers there allow forms to go to it
	 */
	public record Stripe(@Nullable String secretKey, @Nullable String webhookSecret,
			@DefaultValue("https://api.stripe.com") String apiBase, @DefaultValue("300s") Duration webhookTolerance,
			@DefaultValue("https://checkout.stripe.com") String checkoutOrigin) {
	}

	/**
	 * A price to start with.
	 *
	 * @param code its stable name, e.g. {@code listing-30}
	 * @param kind a listing, a featured upgrade or a package of listings
	 * @param label what employers read
	 * @param amount in the currency's smallest unit (cents)
	 * @param days how long a listing stays live or an upgrade keeps a job featured
	 * @param listings how many listings a package holds
	 */
	public record InitialPrice(String code, PriceKind kind, String label, long amount, @Nullable Integer days,
			@Nullable Integer listings) {
	}

	/** What a refund of a listing does to its job. */
	public enum RefundedListing {

		CLOSE, DRAFT

	}

}
