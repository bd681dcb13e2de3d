package dev.backboard.billing.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import com.google.gson.JsonParseException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.billing.BillingProperties;
import dev.backboard.billing.internal.StripeEvents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook endpoint. The signature is checked on the raw body with the endpoint's
 * signing secret and a 300 s tolerance; a bad one is a 400 and changes nothing. Events
 * Backboard does not act on are acknowledged and ignored.
 */
@RestController
class StripeWebhookController {

	static final String PATH = "/stripe/webhook";

	private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

	private final StripeEvents events;

	private final BillingProperties properties;

	private final Clock clock;

	StripeWebhookController(StripeEvents events, BillingProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping(PATH)
	ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
		String secret = properties.stripe().webhookSecret();
		if (!properties.enabled() || secret == null || secret.isBlank()) {
			return problem("Stripe-Signature", "payments are off on this board: no webhook signing secret is set");
		}
		if (signature == null || body == null) {
			return problem("Stripe-Signature", "a signed Stripe event is expected");
		}
		String payload = new String(body, StandardCharsets.UTF_8);
		Event event;
		try {
			event = Webhook.constructEvent(payload, signature, secret,
					properties.stripe().webhookTolerance().toSeconds(), clock);
		}
		catch (SignatureVerificationException ex) {
			log.warn("Refused a Stripe webhook: {}", ex.getMessage());
			return problem("Stripe-Signature", "the signature does not match, or the event is too old");
		}
		catch (JsonParseException | IllegalStateException ex) {
			return problem("body", "is not a Stripe event");
		}
		StripeEvents.Outcome outcome = events.apply(event, "webhook");
		return ResponseEntity.ok(Map.of("received", true, "outcome", outcome.name().toLowerCase()));
	}

	private static ResponseEntity<ProblemDetail> problem(String parameter, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + message);
		problem.setTitle("Invalid request");
		problem.setProperties(Map.of("errors", java.util.List.of(Map.of("parameter", parameter, "message", message))));
		return ResponseEntity.badRequest().body(problem);
	}

}
