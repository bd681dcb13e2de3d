package dev.backboard.webhooks.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import dev.backboard.companies.ApiClient;
import dev.backboard.companies.Companies;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.webhooks.EndpointInput;
import dev.backboard.webhooks.InvalidEndpoint;
import dev.backboard.webhooks.WebhookDelivery;
import dev.backboard.webhooks.WebhookEndpoint;
import dev.backboard.webhooks.Webhooks;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The token's company's webhook endpoints, with the {@code webhooks:write} scope. Another
 * company's endpoint answers 404 exactly like a missing one.
 */
@RestController
@Tag(name = "Webhooks")
class WebhookApiController {

	private static final String PATH = "/api/v1/webhooks";

	private final Webhooks webhooks;

	private final Companies companies;

	private final RateLimits limits;

	WebhookApiController(Webhooks webhooks, Companies companies, RateLimits limits) {
		this.webhooks = webhooks;
		this.companies = companies;
		this.limits = limits;
	}

	/**
	 * The company's endpoints.
	 *
	 * @param company the company's slug
	 * @param endpoints its endpoints, oldest first
	 */
	record Endpoints(@Schema(example = "acme") String company, List<WebhookEndpoint> endpoints) {
	}

	/**
	 * An endpoint with its signing secret, shown only in this answer.
	 *
	 * @param endpoint the endpoint
	 * @param secret the {@code whsec_} secret to verify signatures with
	 */
	record WithSecret(WebhookEndpoint endpoint,
			@Schema(example = "whsec_XWJJyfMPect+BrEKv2uHwAuSAlswvDWk6CNpK3YE0zU=") String secret) {
	}

	/**
	 * The latest messages to an endpoint.
	 *
	 * @param deliveries newest first, at most 50
	 */
	record Deliveries(List<WebhookDelivery> deliveries) {
	}

	/**
	 * A queued message.
	 *
	 * @param deliveryId its id in the delivery log
	 */
	record Queued(@Schema(example = "981") long deliveryId) {
	}

	@GetMapping(PATH)
	Endpoints list(@AuthenticationPrincipal ApiClient client) {
		return new Endpoints(companies.get(client.companyId()).getSlug(), webhooks.list(client.companyId()));
	}

	@PostMapping(PATH)
	ResponseEntity<WithSecret> create(@AuthenticationPrincipal ApiClient client,
			@RequestBody(required = false) @Nullable EndpointInput input) {
		Webhooks.Created created = valid(() -> webhooks.create(client.companyId(), orEmpty(input)));
		return ResponseEntity.created(URI.create(PATH + "/" + created.endpoint().id()))
			.body(new WithSecret(created.endpoint(), created.secret()));
	}

	@GetMapping(PATH + "/{id}")
	WebhookEndpoint get(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		return webhooks.get(client.companyId(), id);
	}

	@PutMapping(PATH + "/{id}")
	WebhookEndpoint update(@AuthenticationPrincipal ApiClient client, @PathVariable long id,
			@RequestBody(required = false) @Nullable EndpointInput input) {
		webhooks.get(client.companyId(), id);
		return valid(() -> webhooks.update(client.companyId(), id, orEmpty(input)));
	}

	@DeleteMapping(PATH + "/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		webhooks.delete(client.companyId(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(PATH + "/{id}/rotate-secret")
	WithSecret rotate(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		String secret = webhooks.rotateSecret(client.companyId(), id);
		return new WithSecret(webhooks.get(client.companyId(), id), secret);
	}

	@PostMapping(PATH + "/{id}/enable")
	WebhookEndpoint enable(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		return webhooks.enable(client.companyId(), id);
	}

	@PostMapping(PATH + "/{id}/test")
	ResponseEntity<Queued> test(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		webhooks.get(client.companyId(), id);
		limits.consume("webhook-sends", Long.toString(client.companyId()));
		return ResponseEntity.accepted().body(new Queued(webhooks.sendTestEvent(client.companyId(), id)));
	}

	@GetMapping(PATH + "/{id}/deliveries")
	Deliveries deliveries(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		return new Deliveries(webhooks.deliveries(client.companyId(), id));
	}

	@PostMapping(PATH + "/{id}/deliveries/{deliveryId}/redeliver")
	ResponseEntity<WebhookDelivery> redeliver(@AuthenticationPrincipal ApiClient client, @PathVariable long id,
			@PathVariable long deliveryId) {
		webhooks.get(client.companyId(), id);
		limits.consume("webhook-sends", Long.toString(client.companyId()));
		return ResponseEntity.accepted().body(webhooks.redeliver(client.companyId(), id, deliveryId));
	}

	private static EndpointInput orEmpty(@Nullable EndpointInput input) {
		return input == null ? new EndpointInput(null, null, null) : input;
	}

	/** Field errors as a 400 problem naming each field. */
	private static <T> T valid(java.util.function.Supplier<T> change) {
		try {
			return change.get();
		}
		catch (InvalidEndpoint ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					ex.fieldErrors()
						.entrySet()
						.stream()
						.map(e -> e.getKey() + ": " + e.getValue())
						.reduce((a, b) -> a + "; " + b)
						.orElse("Invalid endpoint"));
			problem.setTitle("Invalid request");
			problem.setProperties(Map.of("errors",
					ex.fieldErrors()
						.entrySet()
						.stream()
						.map(e -> Map.of("parameter", e.getKey(), "message", e.getValue()))
						.toList()));
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, ex);
		}
	}

}
