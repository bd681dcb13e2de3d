package dev.backboard.billing;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.stripe.Stripe;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Plays Stripe on a local port: the API calls Backboard makes through stripe-java
 * (Checkout Sessions, PaymentIntents, invoices, refunds, events), answered in the shapes
 * of Stripe's API reference, and a checkout page that "pays" by sending the signed
 * {@code checkout.session.completed} event to the board's webhook before it sends the
 * browser back to the success URL. Stripe's own log of events is kept, so that the
 * reconciliation can list events the webhook never delivered.
 */
public final class StripeStandIn implements AutoCloseable {

	public static final String SECRET_KEY = "sk_test_standin";

	public static final String WEBHOOK_SECRET = "whsec_standin_secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final StripeStandIn SHARED = new StripeStandIn();

	private final WireMockServer server;

	private final AtomicInteger sequence = new AtomicInteger();

	private final Map<String, CheckoutSession> sessions = new ConcurrentHashMap<>();

	private final Map<String, String> idempotentAnswers = new ConcurrentHashMap<>();

	private final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());

	private final List<String> idempotencyKeys = java.util.Collections.synchronizedList(new ArrayList<>());

	private volatile String webhookUrl = "";

	private volatile Supplier<Instant> clock = Instant::now;

	/**
	 * Whether the checkout page sends the completed event (false: the webhook is "lost").
	 */
	private volatile boolean deliverOnPay = true;

	private StripeStandIn() {
		this.server = new WireMockServer(options().dynamicPort().extensions(new Api()));
		server.start();
		server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Api.NAME)));
	}

	/** The one stand-in of the test JVM (its port goes into the board's settings). */
	public static StripeStandIn shared() {
		return SHARED;
	}

	public String baseUrl() {
		return "http://localhost:" + server.port();
	}

	/** Where the board listens and what time it believes it is (for signatures). */
	public void connect(int boardPort, Supplier<Instant> boardClock) {
		this.webhookUrl = "http://localhost:" + boardPort + "/stripe/webhook";
		this.clock = boardClock;
		this.deliverOnPay = true;
	}

	public void deliverOnPay(boolean deliver) {
		this.deliverOnPay = deliver;
	}

	/** A Checkout Session the board opened. */
	public record CheckoutSession(String id, long orderId, long amount, String currency, String successUrl,
			String paymentIntent, String charge, String invoice) {
	}

	public CheckoutSession session(String id) {
		return sessions.get(id);
	}

	public int sessionsCreated() {
		return sessions.size();
	}

	/** The Idempotency-Key headers of every create the board sent. */
	public List<String> idempotencyKeys() {
		return List.copyOf(idempotencyKeys);
	}

	public int refundsCreated() {
		return (int) server.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getUrl().startsWith("/v1/refunds"))
			.map(event -> event.getRequest().getHeader("Idempotency-Key"))
			.distinct()
			.count();
	}

	// Events, as Stripe writes them

	public String completed(CheckoutSession session) {
		return event("checkout.session.completed", sessionJson(session, "complete", "paid"));
	}

	public String expired(CheckoutSession session) {
		return event("checkout.session.expired", sessionJson(session, "expired", "unpaid"));
	}

	public String paymentFailed(CheckoutSession session, String message) {
		Map<String, Object> intent = intentJson(session, "requires_payment_method");
		intent.put("last_payment_error", Map.of("type", "card_error", "code", "card_declined", "decline_code",
				"insufficient_funds", "message", message));
		return event("payment_intent.payment_failed", intent);
	}

	public String refunded(CheckoutSession session) {
		return event("charge.refunded", chargeJson(session, true));
	}

	public String disputed(CheckoutSession session) {
		Map<String, Object> dispute = new LinkedHashMap<>();
		dispute.put("id", "dp_" + session.id().substring(8));
		dispute.put("object", "dispute");
		dispute.put("amount", session.amount());
		dispute.put("charge", session.charge());
		dispute.put("currency", session.currency());
		dispute.put("payment_intent", session.paymentIntent());
		dispute.put("reason", "fraudulent");
		dispute.put("status", "needs_response");
		dispute.put("livemode", false);
		return event("charge.dispute.created", dispute);
	}

	/** An event of a type Backboard does not act on. */
	public String unknown() {
		return event("customer.created", Map.of("id", "cus_" + sequence.incrementAndGet(), "object", "customer"));
	}

	/** Sends the event to the board's webhook, signed now. */
	public HttpResponse<String> deliver(String payload) {
		return deliver(payload, signature(payload, clock.get().getEpochSecond(), WEBHOOK_SECRET));
	}

	public HttpResponse<String> deliver(String payload, String signatureHeader) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(webhookUrl))
				.header("Content-Type", "application/json; charset=utf-8")
				.header("Stripe-Signature", signatureHeader)
				.POST(HttpRequest.BodyPublishers.ofString(payload))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Stripe's scheme: {@code t=<unix time>,v1=<hex HMAC-SHA256 of "t.payload">}. */
	public static String signature(String payload, long timestamp, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
			return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		server.stop();
	}

	/** Points the board's Stripe client and checkout origin at the stand-in. */
	public static final class Initializer implements
			org.springframework.context.ApplicationContextInitializer<org.springframework.context.ConfigurableApplicationContext> {

		@Override
		public void initialize(org.springframework.context.ConfigurableApplicationContext context) {
			String base = shared().baseUrl();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new org.springframework.core.env.MapPropertySource("stripe-stand-in",
						Map.of("backboard.billing.stripe.api-base", base, "backboard.billing.stripe.checkout-origin",
								base, "backboard.billing.stripe.secret-key", SECRET_KEY,
								"backboard.billing.stripe.webhook-secret", WEBHOOK_SECRET)));
		}

	}

	private String event(String type, Map<String, Object> object) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", "evt_" + sequence.incrementAndGet() + "_" + System.nanoTime());
		event.put("object", "event");
		event.put("api_version", Stripe.API_VERSION);
		event.put("created", clock.get().getEpochSecond());
		event.put("data", Map.of("object", object));
		event.put("livemode", false);
		event.put("pending_webhooks", 1);
		event.put("request", Map.of());
		event.put("type", type);
		String json = JSON.writeValueAsString(event);
		events.add(json);
		return json;
	}

	private Map<String, Object> sessionJson(CheckoutSession session, String status, String paymentStatus) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", session.id());
		json.put("object", "checkout.session");
		json.put("amount_subtotal", session.amount());
		json.put("amount_total", session.amount());
		json.put("client_reference_id", Long.toString(session.orderId()));
		json.put("created", clock.get().getEpochSecond());
		json.put("currency", session.currency());
		json.put("expires_at", clock.get().getEpochSecond() + 86_400);
		json.put("invoice", status.equals("complete") ? session.invoice() : null);
		json.put("livemode", false);
		json.put("metadata", Map.of("order_id", Long.toString(session.orderId())));
		json.put("mode", "payment");
		json.put("payment_intent", status.equals("complete") ? session.paymentIntent() : null);
		json.put("payment_status", paymentStatus);
		json.put("status", status);
		json.put("success_url", session.successUrl());
		json.put("url", status.equals("open") ? baseUrl() + "/checkout/" + session.id() : null);
		return json;
	}

	private Map<String, Object> intentJson(CheckoutSession session, String status) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", session.paymentIntent());
		json.put("object", "payment_intent");
		json.put("amount", session.amount());
		json.put("currency", session.currency());
		json.put("livemode", false);
		json.put("metadata", Map.of("order_id", Long.toString(session.orderId())));
		json.put("status", status);
		return json;
	}

	private Map<String, Object> chargeJson(CheckoutSession session, boolean refunded) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", session.charge());
		json.put("object", "charge");
		json.put("amount", session.amount());
		json.put("amount_refunded", refunded ? session.amount() : 0);
		json.put("currency", session.currency());
		json.put("livemode", false);
		json.put("paid", true);
		json.put("payment_intent", session.paymentIntent());
		json.put("receipt_url", baseUrl() + "/receipts/" + session.charge());
		json.put("refunded", refunded);
		json.put("status", "succeeded");
		return json;
	}

	private static Map<String, String> form(String body) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	/** Stripe's API and the checkout page, one route at a time. */
	private final class Api implements ResponseDefinitionTransformerV2 {

		static final String NAME = "stripe-stand-in";

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			Request request = serveEvent.getRequest();
			String path = URI.create(request.getUrl()).getPath();
			String method = request.getMethod().getName();
			if (path.startsWith("/v1/") && !("Bearer " + SECRET_KEY).equals(request.getHeader("Authorization"))) {
				return json(401, Map.of("error",
						Map.of("type", "invalid_request_error", "message", "Invalid API Key provided")));
			}
			if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
				return idempotent(request, () -> createSession(form(request.getBodyAsString())));
			}
			if (method.equals("GET") && path.startsWith("/v1/payment_intents/")) {
				CheckoutSession session = byIntent(path.substring("/v1/payment_intents/".length()));
				Map<String, Object> intent = intentJson(session, "succeeded");
				intent.put("latest_charge", chargeJson(session, false));
				return json(200, intent);
			}
			if (method.equals("GET") && path.startsWith("/v1/invoices/")) {
				String id = path.substring("/v1/invoices/".length());
				return json(200, Map.of("id", id, "object", "invoice", "status", "paid", "hosted_invoice_url",
						baseUrl() + "/invoices/" + id));
			}
			if (method.equals("POST") && path.equals("/v1/refunds")) {
				return idempotent(request, () -> {
					CheckoutSession session = byIntent(form(request.getBodyAsString()).get("payment_intent"));
					return Map.of("id", "re_" + sequence.incrementAndGet(), "object", "refund", "amount",
							session.amount(), "charge", session.charge(), "currency", session.currency(),
							"payment_intent", session.paymentIntent(), "reason", "requested_by_customer", "status",
							"succeeded", "metadata", Map.of());
				});
			}
			if (method.equals("GET") && path.equals("/v1/events")) {
				List<Object> data = new ArrayList<>();
				synchronized (events) {
					for (int i = events.size() - 1; i >= 0; i--) {
						data.add(JSON.readValue(events.get(i), Map.class));
					}
				}
				return json(200, Map.of("object", "list", "data", data, "has_more", false, "url", "/v1/events"));
			}
			if (path.equals("/favicon.ico")) {
				return respond(204, "image/x-icon", "");
			}
			if (method.equals("GET") && path.startsWith("/checkout/")) {
				String id = path.substring("/checkout/".length());
				CheckoutSession session = sessions.get(id);
				return html("<!doctype html><html lang=\"en\"><head><title>Stand-in checkout</title></head><body>"
						+ "<h1>Pay " + session.amount() + " " + session.currency() + "</h1>"
						+ "<form method=\"post\" action=\"/checkout/" + id
						+ "/pay\"><button type=\"submit\">Pay</button>" + "</form></body></html>");
			}
			if (method.equals("POST") && path.startsWith("/checkout/") && path.endsWith("/pay")) {
				String id = path.substring("/checkout/".length(), path.length() - "/pay".length());
				CheckoutSession session = sessions.get(id);
				String event = completed(session);
				if (deliverOnPay) {
					deliver(event);
				}
				return ResponseDefinition.redirectTo(session.successUrl().replace("{CHECKOUT_SESSION_ID}", id));
			}
			return json(404, Map.of("error", Map.of("type", "invalid_request_error", "message",
					"Unrecognized request URL (" + method + ": " + path + ")")));
		}

		private ResponseDefinition idempotent(Request request, Supplier<Map<String, Object>> create) {
			String key = request.getHeader("Idempotency-Key");
			if (key == null) {
				return json(400, Map.of("error", Map.of("type", "invalid_request_error", "message", "no key")));
			}
			idempotencyKeys.add(key);
			return respond(200, "application/json",
					idempotentAnswers.computeIfAbsent(key, k -> JSON.writeValueAsString(create.get())));
		}

		private Map<String, Object> createSession(Map<String, String> form) {
			int n = sequence.incrementAndGet();
			CheckoutSession session = new CheckoutSession("cs_test_" + n,
					Long.parseLong(form.get("metadata[order_id]")),
					Long.parseLong(form.get("line_items[0][price_data][unit_amount]")),
					form.get("line_items[0][price_data][currency]"), form.get("success_url"), "pi_test_" + n,
					"ch_test_" + n, "in_test_" + n);
			sessions.put(session.id(), session);
			return sessionJson(session, "open", "unpaid");
		}

		private CheckoutSession byIntent(String intent) {
			return sessions.values()
				.stream()
				.filter(session -> session.paymentIntent().equals(intent))
				.findFirst()
				.orElseThrow();
		}

		private ResponseDefinition json(int status, Object body) {
			return respond(status, "application/json", JSON.writeValueAsString(body));
		}

		private ResponseDefinition html(String body) {
			return respond(200, "text/html; charset=utf-8", body);
		}

		private ResponseDefinition respond(int status, String contentType, String body) {
			return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition()
				.withStatus(status)
				.withHeader("Content-Type", contentType)
				.withHeader("Request-Id", "req_" + sequence.incrementAndGet())
				.withBody(body)
				.build();
		}

	}

}
