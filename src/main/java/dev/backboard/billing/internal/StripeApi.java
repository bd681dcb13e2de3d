package dev.backboard.billing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.jspecify.annotations.Nullable;

import dev.backboard.billing.BillingProperties;
import dev.backboard.billing.PaymentsUnavailable;
import dev.backboard.billing.Price;

import org.springframework.stereotype.Component;

/**
 * Backboard's calls to Stripe, through the official SDK. Every create carries an
 * idempotency key derived from the order, so a retry never charges twice.
 */
@Component
public class StripeApi {

	private final BillingProperties properties;

	private volatile @Nullable StripeClient client;

	StripeApi(BillingProperties properties) {
		this.properties = properties;
	}

	/** A Checkout Session for one order. */
	public Session createCheckout(long orderId, long companyId, Price price, String successUrl, String cancelUrl) {
		SessionCreateParams params = SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.PAYMENT)
			.setClientReferenceId(Long.toString(orderId))
			.putMetadata("order_id", Long.toString(orderId))
			.putMetadata("company_id", Long.toString(companyId))
			.setSuccessUrl(successUrl)
			.setCancelUrl(cancelUrl)
			.addLineItem(SessionCreateParams.LineItem.builder()
				.setQuantity(1L)
				.setPriceData(SessionCreateParams.LineItem.PriceData.builder()
					.setCurrency(price.currency())
					.setUnitAmount(price.amount())
					.setProductData(
							SessionCreateParams.LineItem.PriceData.ProductData.builder().setName(price.label()).build())
					.build())
				.build())
			.setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
				.putMetadata("order_id", Long.toString(orderId))
				.build())
			.setInvoiceCreation(SessionCreateParams.InvoiceCreation.builder().setEnabled(true).build())
			.setAutomaticTax(SessionCreateParams.AutomaticTax.builder().setEnabled(properties.automaticTax()).build())
			.build();
		try {
			return client().v1().checkout().sessions().create(params, idempotent("checkout-order-" + orderId));
		}
		catch (StripeException ex) {
			throw new PaymentsUnavailable("Stripe refused to open a checkout: " + ex.getMessage(), ex);
		}
	}

	/** The receipt of a payment: its latest charge's receipt URL, when Stripe has one. */
	public @Nullable String receiptUrl(String paymentIntentId) {
		try {
			PaymentIntent intent = client().v1()
				.paymentIntents()
				.retrieve(paymentIntentId, PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build());
			Charge charge = intent.getLatestChargeObject();
			return charge == null ? null : charge.getReceiptUrl();
		}
		catch (StripeException ex) {
			return null;
		}
	}

	/** The hosted page of an invoice Stripe created at checkout. */
	public @Nullable String invoiceUrl(String invoiceId) {
		try {
			return client().v1().invoices().retrieve(invoiceId).getHostedInvoiceUrl();
		}
		catch (StripeException ex) {
			return null;
		}
	}

	/** Gives all of a payment back, e.g. for a job deleted while it was being paid. */
	public void refund(long orderId, String paymentIntentId) {
		try {
			client().v1()
				.refunds()
				.create(RefundCreateParams.builder()
					.setPaymentIntent(paymentIntentId)
					.setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
					.putMetadata("order_id", Long.toString(orderId))
					.build(), idempotent("refund-order-" + orderId));
		}
		catch (StripeException ex) {
			throw new PaymentsUnavailable("Stripe refused the refund: " + ex.getMessage(), ex);
		}
	}

	/** Stripe's events of the given types since a time, oldest first. */
	public List<Event> eventsSince(Instant since, Set<String> types) {
		EventListParams params = EventListParams.builder()
			.setCreated(EventListParams.Created.builder().setGte(since.getEpochSecond()).build())
			.addAllType(List.copyOf(types))
			.setLimit(100L)
			.build();
		try {
			List<Event> events = new ArrayList<>();
			client().v1().events().list(params).autoPagingIterable().forEach(events::add);
			events.sort((a, b) -> Long.compare(a.getCreated(), b.getCreated()));
			return events;
		}
		catch (StripeException | RuntimeException ex) {
			throw new PaymentsUnavailable("Stripe's events could not be listed: " + ex.getMessage(), ex);
		}
	}

	private static RequestOptions idempotent(String key) {
		return RequestOptions.builder().setIdempotencyKey("backboard-" + key).build();
	}

	private StripeClient client() {
		StripeClient current = client;
		if (current == null) {
			String key = properties.stripe().secretKey();
			if (key == null || key.isBlank()) {
				throw new IllegalStateException("Payments are off: no Stripe secret key is configured");
			}
			current = StripeClient.builder()
				.setApiKey(key)
				.setApiBase(properties.stripe().apiBase())
				.setConnectTimeout(10_000)
				.setReadTimeout(30_000)
				.setMaxNetworkRetries(2)
				.build();
			client = current;
		}
		return current;
	}

}
