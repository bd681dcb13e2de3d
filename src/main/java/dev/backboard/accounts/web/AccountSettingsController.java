package dev.backboard.accounts.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.accounts.AccountSettings;
import dev.backboard.accounts.InvalidForm;
import dev.backboard.accounts.InvalidLink;
import dev.backboard.accounts.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Password and email changes by the signed-in person.
 */
@Controller
class AccountSettingsController {

	private final AccountSettings settings;

	AccountSettingsController(AccountSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/account/password")
	String passwordForm(Map<String, Object> model) {
		model.put("errors", Map.of());
		model.put("signOutOthers", true);
		return "accounts/change-password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "false") boolean signOutOthers, HttpServletRequest request,
			HttpServletResponse response, Map<String, Object> model) {
		try {
			settings.changePassword(user.accountId(), currentPassword, newPassword, request.getSession().getId(),
					signOutOthers);
		}
		catch (InvalidForm ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.put("errors", ex.errors());
			model.put("signOutOthers", signOutOthers);
			return "accounts/change-password";
		}
		model.put("title", "Your password is changed");
		model.put("message", signOutOthers ? "Your new password works now, and every other device is signed out."
				: "Your new password works now.");
		model.put("linkHref", "/account");
		model.put("linkLabel", "Back to your account");
		return "accounts/message";
	}

	@GetMapping("/account/email")
	String emailForm(Map<String, Object> model) {
		model.put("email", "");
		model.put("errors", Map.of());
		return "accounts/change-email";
	}

	@PostMapping("/account/email")
	String changeEmail(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String currentPassword, HttpServletResponse response,
			Map<String, Object> model) {
		try {
			settings.requestEmailChange(user.accountId(), currentPassword, email);
		}
		catch (InvalidForm ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.put("email", email);
			model.put("errors", ex.errors());
			return "accounts/change-email";
		}
		model.put("title", "Check the new inbox");
		model.put("message", "We sent a link to " + email.strip()
				+ ". Follow it to use that address; until then your account keeps its current one.");
		model.put("linkHref", "/account");
		model.put("linkLabel", "Back to your account");
		return "accounts/message";
	}

	@GetMapping("/account/email/confirm")
	String confirmPage(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String token,
			HttpServletResponse response, Map<String, Object> model) {
		if (!settings.isEmailChangeUsable(user.accountId(), token)) {
			return Links.invalid(response, model);
		}
		model.put("token", token);
		return "accounts/confirm-email-change";
	}

	@PostMapping("/account/email/confirm")
	String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String token,
			HttpServletResponse response, Map<String, Object> model) {
		try {
			settings.confirmEmailChange(user.accountId(), token);
		}
		catch (InvalidLink ex) {
			return Links.invalid(response, model);
		}
		model.put("title", "Address changed");
		model.put("message", "Your account now uses its new address. Sign in with it from now on.");
		model.put("linkHref", "/account");
		model.put("linkLabel", "Back to your account");
		return "accounts/message";
	}

}
