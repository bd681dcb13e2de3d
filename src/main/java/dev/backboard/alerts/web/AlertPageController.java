package dev.backboard.alerts.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.alerts.Alerts;
import dev.backboard.alerts.Frequency;
import dev.backboard.alerts.InvalidAlert;
import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobQuery;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saving a search from its results, and the page behind the secret link of alert mails
 * where every alert is managed without signing in.
 */
@Controller
class AlertPageController {

	private final Alerts alerts;

	AlertPageController(Alerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/alerts/new")
	String form(@Valid @ModelAttribute("query") JobQuery query, BindingResult binding,
			@AuthenticationPrincipal @Nullable SignedInUser user, Map<String, Object> model,
			HttpServletResponse response) {
		JobQuery saved = binding.hasErrors() ? JobQuery.empty() : query.with("size", null);
		return form(saved.toQueryString(), defaultName(saved), Frequency.INSTANT, null, user, "UTC",
				binding.hasErrors() ? Map.of("query", "this search has a parameter that cannot be saved") : Map.of(),
				model);
	}

	@PostMapping("/alerts")
	String save(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable String frequency,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String timeZone,
			@AuthenticationPrincipal @Nullable SignedInUser user, HttpServletRequest request,
			HttpServletResponse response, Map<String, Object> model) {
		Frequency chosen = frequency(frequency);
		try {
			Alerts.Saved saved = alerts.save(
					new Alerts.Request(name, JobQuery.fromQueryString(query), chosen, email, timeZone),
					user == null ? null : user.accountId(), user == null ? null : user.email(),
					request.getRemoteAddr());
			if (saved.awaitingConfirmation()) {
				model.put("email", String.valueOf(email).strip());
				return "alerts/sent";
			}
			return "redirect:/alerts/" + saved.token() + "?saved";
		}
		catch (InvalidAlert ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(query, name, chosen, email, user, timeZone, Map.of(field(ex.field()), ex.getMessage()), model);
		}
		catch (InvalidSearch ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form("", name, chosen, email, user, timeZone, Map.of("query", ex.getMessage()), model);
		}
	}

	@GetMapping("/alerts/{token}")
	String manage(@PathVariable String token, @RequestParam(required = false) @Nullable String saved,
			@RequestParam(required = false) @Nullable String confirmed,
			@RequestParam(required = false) @Nullable String changed, Map<String, Object> model) {
		model.put("subscriber", alerts.manage(token));
		model.put("notice", saved != null ? "Your alert is saved."
				: confirmed != null ? "Your alerts are on." : changed != null ? "Your alerts are updated." : null);
		return "alerts/manage";
	}

	@PostMapping("/alerts/{token}/confirm")
	String confirm(@PathVariable String token) {
		alerts.confirm(token);
		return "redirect:/alerts/" + token + "?confirmed";
	}

	@PostMapping("/alerts/{token}/searches/{id}/frequency")
	String frequency(@PathVariable String token, @PathVariable long id,
			@RequestParam(defaultValue = "") String frequency) {
		Frequency chosen = frequency(frequency);
		if (chosen != null) {
			alerts.changeFrequency(token, id, chosen);
		}
		return "redirect:/alerts/" + token + "?changed";
	}

	@PostMapping("/alerts/{token}/searches/{id}/delete")
	String delete(@PathVariable String token, @PathVariable long id) {
		alerts.delete(token, id);
		return "redirect:/alerts/" + token + "?changed";
	}

	@GetMapping("/alerts/{token}/searches/{id}/unsubscribe")
	String unsubscribeForm(@PathVariable String token, @PathVariable long id, Map<String, Object> model) {
		alerts.manage(token);
		return unsubscribePage("/alerts/" + token + "/searches/" + id + "/unsubscribe", "this alert", false, model);
	}

	/** RFC 8058: a mail client's one-click POST, or the button of the page above. */
	@PostMapping("/alerts/{token}/searches/{id}/unsubscribe")
	String unsubscribe(@PathVariable String token, @PathVariable long id, Map<String, Object> model) {
		alerts.delete(token, id);
		return unsubscribePage("", "this alert", true, model);
	}

	@GetMapping("/alerts/{token}/unsubscribe")
	String unsubscribeAllForm(@PathVariable String token, Map<String, Object> model) {
		alerts.manage(token);
		return unsubscribePage("/alerts/" + token + "/unsubscribe", "all your alerts", false, model);
	}

	@PostMapping("/alerts/{token}/unsubscribe")
	String unsubscribeAll(@PathVariable String token, Map<String, Object> model) {
		alerts.deleteAll(token);
		return unsubscribePage("", "any of your alerts", true, model);
	}

	@GetMapping("/candidate/alerts")
	String mine(@AuthenticationPrincipal SignedInUser user) {
		return alerts.tokenOf(user.accountId()).map(token -> "redirect:/alerts/" + token).orElse("redirect:/jobs");
	}

	private static String unsubscribePage(String action, String what, boolean done, Map<String, Object> model) {
		model.put("action", action);
		model.put("what", what);
		model.put("done", done);
		return "alerts/unsubscribe";
	}

	private static String form(String query, String name, @Nullable Frequency frequency, @Nullable String email,
			@Nullable SignedInUser user, @Nullable String timeZone, Map<String, String> errors,
			Map<String, Object> model) {
		model.put("query", query);
		model.put("searchPath", query.isEmpty() ? "/jobs" : "/jobs?" + query);
		model.put("name", name);
		model.put("frequency", frequency == null ? Frequency.INSTANT : frequency);
		model.put("email", email);
		model.put("signedIn", user != null);
		model.put("timeZone", timeZone == null ? "UTC" : timeZone);
		model.put("errors", errors);
		return "alerts/new";
	}

	private static String defaultName(JobQuery query) {
		if (query.q() != null) {
			return query.q().length() > 100 ? query.q().substring(0, 100) : query.q();
		}
		return query.skills().isEmpty() ? "New jobs" : String.join(", ", query.skills()) + " jobs";
	}

	/** Search parameters reach the form as "query"; the rest are the form's own. */
	private static String field(String field) {
		return Map.of("name", "name", "frequency", "frequency", "email", "email", "timeZone", "timeZone")
			.getOrDefault(field, "query");
	}

	private static @Nullable Frequency frequency(@Nullable String value) {
		for (Frequency frequency : Frequency.values()) {
			if (frequency.name().equals(value)) {
				return frequency;
			}
		}
		return null;
	}

}
