package dev.backboard.webhooks.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.Membership;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.webhooks.EndpointInput;
import dev.backboard.webhooks.InvalidEndpoint;
import dev.backboard.webhooks.WebhookEndpoint;
import dev.backboard.webhooks.WebhookEvent;
import dev.backboard.webhooks.Webhooks;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The company dashboard's webhooks: owners add endpoints (the secret is shown once), see
 * each one's delivery log with the receiver's answers, send a test event, send a message
 * again, rotate the secret, enable a disabled endpoint and delete one. Recruiters get the
 * 403 page.
 */
@Controller
class WebhookPageController {

	private final Webhooks webhooks;

	private final CompanyMembers members;

	private final RateLimits limits;

	WebhookPageController(Webhooks webhooks, CompanyMembers members, RateLimits limits) {
		this.webhooks = webhooks;
		this.members = members;
		this.limits = limits;
	}

	@GetMapping("/employer/webhooks")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String deleted,
			Map<String, Object> model) {
		return listPage(owner(user), model, Map.of(), Map.of(), deleted != null ? "The endpoint is deleted." : null);
	}

	@PostMapping("/employer/webhooks")
	String create(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String url,
			@RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) @Nullable List<String> events, Map<String, Object> model,
			HttpServletResponse response) {
		Membership owner = owner(user);
		try {
			Webhooks.Created created = webhooks.create(owner.companyId(),
					new EndpointInput(url, description, events == null ? List.of() : events));
			return endpointPage(owner, created.endpoint().id(), model, Map.of(), created.secret(),
					"The endpoint is added.");
		}
		catch (InvalidEndpoint ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(owner, model, Map.of("url", url, "description", description), ex.fieldErrors(), null);
		}
	}

	@GetMapping("/employer/webhooks/{id}")
	String endpoint(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String notice, Map<String, Object> model) {
		return endpointPage(owner(user), id, model, Map.of(), null, notice == null ? null : notices(notice));
	}

	@PostMapping("/employer/webhooks/{id}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) @Nullable List<String> events, Map<String, Object> model,
			HttpServletResponse response) {
		Membership owner = owner(user);
		try {
			webhooks.update(owner.companyId(), id,
					new EndpointInput(url, description, events == null ? List.of() : events));
			return "redirect:/employer/webhooks/" + id + "?notice=saved";
		}
		catch (InvalidEndpoint ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return endpointPage(owner, id, model, ex.fieldErrors(), null, null);
		}
	}

	@PostMapping("/employer/webhooks/{id}/test")
	String test(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		Membership owner = owner(user);
		webhooks.get(owner.companyId(), id);
		limits.consume("webhook-sends", Long.toString(owner.companyId()));
		webhooks.sendTestEvent(owner.companyId(), id);
		return "redirect:/employer/webhooks/" + id + "?notice=test";
	}

	@PostMapping("/employer/webhooks/{id}/deliveries/{deliveryId}/redeliver")
	String redeliver(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long deliveryId) {
		Membership owner = owner(user);
		webhooks.get(owner.companyId(), id);
		limits.consume("webhook-sends", Long.toString(owner.companyId()));
		webhooks.redeliver(owner.companyId(), id, deliveryId);
		return "redirect:/employer/webhooks/" + id + "?notice=redeliver";
	}

	@PostMapping("/employer/webhooks/{id}/rotate")
	String rotate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Map<String, Object> model) {
		Membership owner = owner(user);
		String secret = webhooks.rotateSecret(owner.companyId(), id);
		return endpointPage(owner, id, model, Map.of(), secret,
				"The secret is rotated; the previous one keeps signing for a while.");
	}

	@PostMapping("/employer/webhooks/{id}/enable")
	String enable(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		webhooks.enable(owner(user).companyId(), id);
		return "redirect:/employer/webhooks/" + id + "?notice=enabled";
	}

	@PostMapping("/employer/webhooks/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		webhooks.delete(owner(user).companyId(), id);
		return "redirect:/employer/webhooks?deleted";
	}

	private Membership owner(SignedInUser user) {
		return members.member(user.accountId()).requireOwner();
	}

	private String listPage(Membership owner, Map<String, Object> model, Map<String, String> values,
			Map<String, String> errors, @Nullable String notice) {
		model.put("endpoints", webhooks.list(owner.companyId()));
		model.put("events", WebhookEvent.subscribable());
		model.put("values", values);
		model.put("errors", errors);
		model.put("notice", notice);
		return "employer/webhooks";
	}

	private String endpointPage(Membership owner, long id, Map<String, Object> model, Map<String, String> errors,
			@Nullable String secret, @Nullable String notice) {
		WebhookEndpoint endpoint = webhooks.get(owner.companyId(), id);
		model.put("endpoint", endpoint);
		model.put("deliveries", webhooks.deliveries(owner.companyId(), id));
		model.put("events", WebhookEvent.subscribable());
		model.put("errors", errors);
		model.put("secret", secret);
		model.put("notice", notice);
		return "employer/webhook";
	}

	private static @Nullable String notices(String key) {
		return switch (key) {
			case "saved" -> "The endpoint is saved.";
			case "test" -> "A test event is on its way; its result appears in the log below.";
			case "redeliver" -> "The message is being sent again.";
			case "enabled" -> "The endpoint is enabled again.";
			default -> null;
		};
	}

}
