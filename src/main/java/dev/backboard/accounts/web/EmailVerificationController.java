package dev.backboard.accounts.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.accounts.EmailVerification;
import dev.backboard.accounts.InvalidLink;
import dev.backboard.accounts.SignedInUser;
import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in the confirmation mail opens a page with a button; only the button's POST
 * confirms, because mail scanners follow links.
 */
@Controller
class EmailVerificationController {

	private final EmailVerification verification;

	private final RateLimits limits;

	EmailVerificationController(EmailVerification verification, RateLimits limits) {
		this.verification = verification;
		this.limits = limits;
	}

	@GetMapping("/verify-email")
	String page(@RequestParam(defaultValue = "") String token, HttpServletResponse response,
			Map<String, Object> model) {
		if (!verification.isUsable(token)) {
			return Links.invalid(response, model);
		}
		model.put("token", token);
		return "accounts/verify-email";
	}

	@PostMapping("/verify-email")
	String confirm(@RequestParam(defaultValue = "") String token, HttpServletResponse response,
			Map<String, Object> model) {
		try {
			verification.confirm(token);
		}
		catch (InvalidLink ex) {
			return Links.invalid(response, model);
		}
		model.put("title", "Address confirmed");
		model.put("message", "Thank you: your email address is confirmed.");
		model.put("linkHref", "/account");
		model.put("linkLabel", "Go to your account");
		return "accounts/message";
	}

	@PostMapping("/account/verification")
	String resend(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		limits.consume("email-verification-account", Long.toString(user.accountId()));
		verification.resend(user.accountId());
		model.put("title", "Check your inbox");
		model.put("message", "If your address is not confirmed yet, we sent a new link to it.");
		model.put("linkHref", "/account");
		model.put("linkLabel", "Back to your account");
		return "accounts/message";
	}

}
