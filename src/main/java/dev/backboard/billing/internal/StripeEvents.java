package dev.backboard.billing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.billing.BillingProperties;
import dev.backboard.billing.Credits;
import dev.backboard.billing.Order;
import dev.backboard.billing.OrderStatus;
import dev.backboard.billing.PaymentRefunded;
import dev.backboard.billing.PaymentSucceeded;
import dev.backboard.core.Actor;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.moderation.ReportReason;
import dev.backboard.moderation.Reports;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies Stripe's events, the source of truth about payments. Each event id takes effect
 * once: it is stored in the transaction that applies it, and a second delivery, even at
 * the same moment, waits for the first and then finds it. Handlers look at the order's
 * state, so events out of order or repeated converge on what Stripe says.
 */
@Component
public class StripeEvents {

	/** The events Backboard acts on; the webhook endpoint needs exactly these. */
	public static final Set<String> HANDLED = Set.of("checkout.session.completed", "checkout.session.expired",
			"payment_intent.payment_failed", "charge.refunded", "charge.dispute.created");

	private static final Logger log = LoggerFactory.getLogger(StripeEvents.class);

	private static final Actor STRIPE = Actor.system();

	private final JdbcClient jdbc;

	private final Orders orders;

	private final StripeApi stripe;

	private final JobService jobs;

	private final Credits credits;

	private final Reports reports;

	private final BillingProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	StripeEvents(JdbcClient jdbc, Orders orders, StripeApi stripe, JobService jobs, Credits credits, Reports reports,
			BillingProperties properties, Clock clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.orders = orders;
		this.stripe = stripe;
		this.jobs = jobs;
		this.credits = credits;
		this.reports = reports;
		this.properties = properties;
		this.clock = clock;
	}

	/** What became of an event. */
	public enum Outcome {

		APPLIED, DUPLICATE, IGNORED

	}

	/**
	 * Applies the event once.
	 * @param source where it came from: "webhook" or "reconcile"
	 */
	@Transactional
	public Outcome apply(Event event, String source) {
		if (!HANDLED.contains(event.getType())) {
			return Outcome.IGNORED;
		}
		int stored = jdbc.sql("""
				insert into billing_stripe_event (id, type, created_at, received_at, source)
				values (:id, :type, :created, :now, :source) on conflict do nothing""")
			.param("id", event.getId())
			.param("type", event.getType())
			.param("created", Timestamp.from(Instant.ofEpochSecond(event.getCreated())))
			.param("now", Timestamp.from(clock.instant()))
			.param("source", source)
			.update();
		if (stored == 0) {
			return Outcome.DUPLICATE;
		}
		StripeObject object = object(event);
		switch (event.getType()) {
			case "checkout.session.completed" -> completed((Session) object);
			case "checkout.session.expired" -> expired((Session) object);
			case "payment_intent.payment_failed" -> failed((PaymentIntent) object);
			case "charge.refunded" -> refunded((Charge) object);
			default -> disputed((Dispute) object);
		}
		return Outcome.APPLIED;
	}

	private void completed(Session session) {
		Optional<Orders.Stored> found = orders.lockedBySession(session.getId());
		if (found.isEmpty()) {
			log.info("Ignored a completed checkout that is not Backboard's: {}", session.getId());
			return;
		}
		Orders.Stored stored = found.get();
		Order order = stored.order();
		boolean paid = "paid".equals(session.getPaymentStatus())
				|| "no_payment_required".equals(session.getPaymentStatus());
		if (!paid || order.status() == OrderStatus.PAID || order.status() == OrderStatus.REFUNDED) {
			return;
		}
		String intent = session.getPaymentIntent() == null ? "" : session.getPaymentIntent();
		String receipt = intent.isEmpty() ? null : stripe.receiptUrl(intent);
		String invoice = session.getInvoice() == null ? null : stripe.invoiceUrl(session.getInvoice());
		orders.markPaid(order.id(), intent, receipt, invoice, clock.instant());
		publisher.publishEvent(new PaymentSucceeded(order.id(), order.companyId(), order.jobId(), order.kind(),
				order.amount(), order.currency(), clock.instant()));
		if (!grant(stored) && !intent.isEmpty()) {
			// The job was closed or deleted while its payment was under way: give it
			// back.
			stripe.refund(order.id(), intent);
			orders.markRefunded(order.id(), order.amount(), true, clock.instant());
			publisher.publishEvent(new PaymentRefunded(order.id(), order.companyId(), order.jobId(), order.kind(),
					order.amount(), order.currency(), true, clock.instant()));
			log.info("Refunded order {}: its job was no longer waiting for the payment", order.id());
		}
	}

	/** What the order bought takes effect; false when it no longer can. */
	private boolean grant(Orders.Stored stored) {
		Order order = stored.order();
		int days = stored.days() == null ? 30 : stored.days();
		return switch (order.kind()) {
			case LISTING -> order.jobId() != null && jobs.settlePaidListing(order.jobId(), days, STRIPE);
			case FEATURED -> order.jobId() != null
					&& jobs.feature(order.jobId(), clock.instant().plus(Duration.ofDays(days)), STRIPE);
			case PACKAGE -> {
				credits.addPackageCredits(order.companyId(), stored.listings() == null ? 0 : stored.listings());
				yield true;
			}
		};
	}

	private void expired(Session session) {
		orders.lockedBySession(session.getId()).map(Orders.Stored::order).ifPresent(order -> {
			if (order.status() == OrderStatus.PENDING || order.status() == OrderStatus.FAILED) {
				orders.setStatus(order.id(), OrderStatus.EXPIRED, order.failureMessage());
			}
		});
	}

	private void failed(PaymentIntent intent) {
		orderOf(intent.getMetadata()).ifPresent(order -> {
			if (order.status() == OrderStatus.PENDING || order.status() == OrderStatus.FAILED) {
				String message = intent.getLastPaymentError() == null ? "The payment failed."
						: intent.getLastPaymentError().getMessage();
				orders.setStatus(order.id(), OrderStatus.FAILED, truncate(message));
			}
		});
	}

	private void refunded(Charge charge) {
		Optional<Orders.Stored> found = ours(charge.getPaymentIntent(), "refund", charge.getId());
		if (found.isEmpty()) {
			return;
		}
		Orders.Stored stored = found.get();
		Order order = stored.order();
		boolean full = Boolean.TRUE.equals(charge.getRefunded());
		long amount = charge.getAmountRefunded() == null ? 0 : charge.getAmountRefunded();
		long refunded = Math.max(amount, order.refundedAmount());
		orders.markRefunded(order.id(), refunded, full, clock.instant());
		if (order.status() != OrderStatus.PAID) {
			return;
		}
		publisher.publishEvent(new PaymentRefunded(order.id(), order.companyId(), order.jobId(), order.kind(), refunded,
				order.currency(), full, clock.instant()));
		if (!full) {
			return;
		}
		switch (order.kind()) {
			case FEATURED -> {
				if (order.jobId() != null) {
					jobs.unfeature(order.jobId(), STRIPE);
				}
			}
			case LISTING -> {
				if (order.jobId() != null) {
					jobs.withdrawAfterRefund(order.jobId(),
							properties.refundedListing() == BillingProperties.RefundedListing.DRAFT, STRIPE);
				}
			}
			case PACKAGE ->
				credits.removePackageCredits(order.companyId(), stored.listings() == null ? 0 : stored.listings());
		}
	}

	private void disputed(Dispute dispute) {
		Optional<Orders.Stored> found = ours(dispute.getPaymentIntent(), "dispute", dispute.getId());
		if (found.isEmpty()) {
			return;
		}
		Order order = found.get().order();
		String reason = dispute.getReason() == null ? "unknown" : dispute.getReason();
		orders.markDisputed(order.id(), reason, clock.instant());
		if (order.jobId() != null) {
			Job job = jobs.findForModeration(order.jobId());
			if (job.isPublic()) {
				reports.file(job.getSlug(), ReportReason.OTHER,
						"Payment disputed by the buyer's bank (" + reason + "), order #" + order.id() + ".", null,
						null);
			}
		}
	}

	/** The order paid by the payment, if it is one of Backboard's. */
	private Optional<Orders.Stored> ours(@Nullable String paymentIntent, String what, String id) {
		Optional<Orders.Stored> found = paymentIntent == null ? Optional.empty()
				: orders.lockedByPaymentIntent(paymentIntent);
		if (found.isEmpty()) {
			log.info("Ignored a {} of a payment that is not Backboard's: {}", what, id);
		}
		return found;
	}

	private Optional<Order> orderOf(@Nullable Map<String, String> metadata) {
		String id = metadata == null ? null : metadata.get("order_id");
		if (id == null || !id.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return orders.lockedById(Long.parseLong(id)).map(Orders.Stored::order);
	}

	private static StripeObject object(Event event) {
		try {
			Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
			return object.isPresent() ? object.get() : event.getDataObjectDeserializer().deserializeUnsafe();
		}
		catch (EventDataObjectDeserializationException ex) {
			throw new IllegalStateException("Stripe event " + event.getId() + " could not be read", ex);
		}
	}

	private static String truncate(@Nullable String message) {
		String text = message == null ? "The payment failed." : message;
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

}
