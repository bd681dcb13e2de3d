package dev.backboard.billing;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.stripe.model.checkout.Session;
import org.jspecify.annotations.Nullable;

import dev.backboard.billing.internal.Orders;
import dev.backboard.billing.internal.StripeApi;
import dev.backboard.core.BackboardProperties;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobAction;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts purchases: a job's listing, a featured upgrade, a package of listings. Each
 * opens one Stripe Checkout Session; a second request for the same job while the first is
 * open (a double click) gets the same session. Nothing is granted here: Stripe's webhook
 * says when it is paid.
 */
@Service
public class Checkouts {

	/** The rate limit on new checkouts, per company. */
	public static final String LIMIT = "checkout-company";

	private final Prices prices;

	private final Orders orders;

	private final StripeApi stripe;

	private final JobService jobs;

	private final RateLimits limits;

	private final BillingProperties properties;

	private final BackboardProperties board;

	private final Clock clock;

	Checkouts(Prices prices, Orders orders, StripeApi stripe, JobService jobs, RateLimits limits,
			BillingProperties properties, BackboardProperties board, Clock clock) {
		this.prices = prices;
		this.orders = orders;
		this.stripe = stripe;
		this.jobs = jobs;
		this.limits = limits;
		this.properties = properties;
		this.board = board;
		this.clock = clock;
	}

	/**
	 * The checkout of a job waiting for its payment.
	 * @throws InvalidPurchase when the price is not a listing or the job is not waiting
	 */
	@Transactional
	public String listing(long companyId, long jobId, String priceCode, @Nullable Long accountId) {
		Price price = price(priceCode, PriceKind.LISTING);
		Job job = jobs.findForCompany(companyId, jobId);
		if (job.getStatus() != JobStatus.PENDING_PAYMENT) {
			throw new InvalidPurchase("job", "is " + job.getStatus().label().toLowerCase() + ", not awaiting payment");
		}
		return open(companyId, job, price, UUID.randomUUID().toString(), accountId);
	}

	/**
	 * The checkout of a featured upgrade for a live job (or one in review).
	 * @throws InvalidPurchase when the price is not an upgrade or the job cannot be
	 * featured
	 */
	@Transactional
	public String featured(long companyId, long jobId, String priceCode, long accountId) {
		Price price = price(priceCode, PriceKind.FEATURED);
		Job job = jobs.findForCompany(companyId, jobId);
		if (!job.can(JobAction.FEATURE)) {
			throw new InvalidPurchase("job", "only a published job or one in review can be featured");
		}
		return open(companyId, job, price, UUID.randomUUID().toString(), accountId);
	}

	/**
	 * The checkout of a package of listings.
	 * @param requestKey the form's one-time key: the same key gets the same checkout
	 */
	@Transactional
	public String buyPackage(long companyId, String priceCode, String requestKey, long accountId) {
		Price price = price(priceCode, PriceKind.PACKAGE);
		if (!requestKey.matches("[A-Za-z0-9-]{8,64}")) {
			throw new InvalidPurchase("requestKey", "reload the page and try again");
		}
		return open(companyId, null, price, "package-" + companyId + "-" + requestKey, accountId);
	}

	/** The company's order paid through that Checkout Session, for the return page. */
	@Transactional(readOnly = true)
	public Optional<Order> bySession(long companyId, String sessionId) {
		return orders.ofCompanyBySession(companyId, sessionId);
	}

	private String open(long companyId, @Nullable Job job, Price price, String requestKey, @Nullable Long accountId) {
		Long jobId = job == null ? null : job.getId();
		Optional<Long> inserted = orders.insertPending(companyId, jobId, job == null ? null : job.getTitle(), price,
				requestKey, accountId, clock.instant());
		if (inserted.isEmpty()) {
			Orders.Stored existing = orders.existing(jobId, price.kind(), requestKey)
				.orElseThrow(() -> new IllegalStateException("An open order vanished"));
			if (!existing.order().label().equals(price.label()) || existing.order().amount() != price.amount()) {
				throw new InvalidPurchase("price", "a checkout for " + existing.order().label()
						+ " is open: pay it from the billing page, or choose again once it has expired");
			}
			if (existing.order().checkoutUrl() != null) {
				return existing.order().checkoutUrl();
			}
			throw new InvalidPurchase("job", "a checkout is already being opened; try again in a moment");
		}
		limits.consume(LIMIT, Long.toString(companyId));
		long orderId = inserted.get();
		String base = board.baseUrl();
		Session session = stripe.createCheckout(orderId, companyId, price,
				base + "/employer/billing/return?session_id={CHECKOUT_SESSION_ID}",
				base + "/employer/billing?cancelled");
		orders.attachSession(orderId, session.getId(), session.getUrl());
		if (session.getUrl() == null) {
			throw new PaymentsUnavailable("Stripe opened a checkout without a page", new IllegalStateException());
		}
		return session.getUrl();
	}

	private Price price(String code, PriceKind kind) {
		if (!properties.enabled()) {
			throw new InvalidPurchase("price", "payments are off on this board");
		}
		return prices.current(code)
			.filter(price -> price.kind() == kind)
			.orElseThrow(
					() -> new InvalidPurchase("price", "is not a current " + kind.name().toLowerCase() + " price"));
	}

}
