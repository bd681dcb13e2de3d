package dev.backboard.accounts.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.InvalidSecondFactorCode;
import dev.backboard.accounts.SecondFactorSignIn;
import dev.backboard.accounts.SignedInUser;
import dev.backboard.accounts.TwoFactor;
import dev.backboard.accounts.UserAccount;
import dev.backboard.core.NotFound;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-factor authentication: the code step of a sign-in, and enrolling in or leaving TOTP
 * from the account settings.
 */
@Controller
class SecondFactorController {

	/** The encrypted secret offered to the user until they confirm it. */
	private static final String ENROLLMENT = SecondFactorController.class.getName() + ".enrollment";

	private final TwoFactor twoFactor;

	private final SecondFactorSignIn signIn;

	private final Accounts accounts;

	SecondFactorController(TwoFactor twoFactor, SecondFactorSignIn signIn, Accounts accounts) {
		this.twoFactor = twoFactor;
		this.signIn = signIn;
		this.accounts = accounts;
	}

	@GetMapping("/login/2fa")
	String codeStep(Map<String, Object> model) {
		if (signIn.pendingAccount().isEmpty()) {
			return "redirect:/login";
		}
		model.put("error", null);
		return "accounts/login2fa";
	}

	@PostMapping("/login/2fa")
	String checkCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Map<String, Object> model) {
		Optional<Long> pending = signIn.pendingAccount();
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		if (code.isBlank() || !twoFactor.verify(pending.get(), code)) {
			model.put("error", code.isBlank() ? "Enter the code from your authenticator app or a recovery code."
					: "That code is not valid. Try the current code, or one of your recovery codes.");
			return "accounts/login2fa";
		}
		signIn.complete(request, response);
		return "redirect:/account";
	}

	@GetMapping("/account/2fa")
	String settings(@AuthenticationPrincipal SignedInUser user, HttpSession session, Map<String, Object> model) {
		return page(user, session, model, null);
	}

	@PostMapping("/account/2fa/setup")
	String setUp(@AuthenticationPrincipal SignedInUser user, HttpSession session) {
		session.setAttribute(ENROLLMENT, twoFactor.begin(user.accountId()));
		return "redirect:/account/2fa";
	}

	@PostMapping("/account/2fa/confirm")
	String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
			HttpSession session, Map<String, Object> model) {
		if (!(session.getAttribute(ENROLLMENT) instanceof String sealed)) {
			return "redirect:/account/2fa";
		}
		try {
			List<String> codes = twoFactor.confirm(user.accountId(), sealed, code);
			session.removeAttribute(ENROLLMENT);
			model.put("codes", codes);
			return "accounts/recoverycodes";
		}
		catch (InvalidSecondFactorCode ex) {
			return page(user, session, model, ex.getMessage());
		}
	}

	@PostMapping("/account/2fa/disable")
	String disable(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
			HttpSession session, Map<String, Object> model) {
		try {
			twoFactor.disable(user.accountId(), code);
			return "redirect:/account?2fa-off";
		}
		catch (InvalidSecondFactorCode ex) {
			return page(user, session, model, ex.getMessage());
		}
	}

	private String page(SignedInUser user, HttpSession session, Map<String, Object> model, @Nullable String error) {
		UserAccount account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFound("account"));
		model.put("account", account);
		model.put("required", twoFactor.isRequired(account.getId()));
		model.put("enrollment", !account.isTotpEnabled() && session.getAttribute(ENROLLMENT) instanceof String sealed
				? twoFactor.enrollment(account.getId(), sealed) : null);
		model.put("recoveryCodesLeft", account.isTotpEnabled() ? twoFactor.unusedRecoveryCodes(account.getId()) : 0);
		model.put("error", error);
		return "accounts/twofactor";
	}

}
