package dev.backboard.accounts.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.accounts.InvalidForm;
import dev.backboard.accounts.InvalidLink;
import dev.backboard.accounts.PasswordResets;
import dev.backboard.accounts.UserAccount;
import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?" and the form its link opens. Asking answers the same for any
 * address.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final RateLimits limits;

	PasswordResetController(PasswordResets resets, RateLimits limits) {
		this.resets = resets;
		this.limits = limits;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Map<String, Object> model) {
		model.put("email", "");
		model.put("error", null);
		return "accounts/forgot-password";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Map<String, Object> model) {
		if (email.isBlank()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.put("email", "");
			model.put("error", "Enter the address you sign in with.");
			return "accounts/forgot-password";
		}
		limits.consume("password-reset-ip", request.getRemoteAddr());
		limits.consume("password-reset-email", UserAccount.normalize(email));
		resets.request(email);
		model.put("title", "Check your inbox");
		model.put("message", "If " + email.strip()
				+ " has an account, we sent it a link to choose a new password. The link works for one hour.");
		return "accounts/message";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, HttpServletResponse response,
			Map<String, Object> model) {
		if (!resets.isUsable(token)) {
			return invalid(response, model);
		}
		model.put("token", token);
		model.put("error", null);
		return "accounts/reset-password";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Map<String, Object> model) {
		limits.consume("password-reset-ip", request.getRemoteAddr());
		try {
			resets.reset(token, password);
		}
		catch (InvalidLink ex) {
			return invalid(response, model);
		}
		catch (InvalidForm ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.put("token", token);
			model.put("error", ex.errors().get("password"));
			return "accounts/reset-password";
		}
		model.put("title", "Your password is set");
		model.put("message", "Your new password works now. Every device that was signed in has been signed out.");
		model.put("linkHref", "/login");
		model.put("linkLabel", "Sign in");
		return "accounts/message";
	}

	private static String invalid(HttpServletResponse response, Map<String, Object> model) {
		Links.invalid(response, model);
		model.put("linkHref", "/password/forgot");
		model.put("linkLabel", "Ask for a new link");
		return "accounts/message";
	}

}
