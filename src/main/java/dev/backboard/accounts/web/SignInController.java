package dev.backboard.accounts.web;

import java.util.Map;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.SignedInUser;
import dev.backboard.core.NotFound;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (Spring Security handles the form's POST) and the signed-in user's
 * account page.
 */
@Controller
class SignInController {

	private final Accounts accounts;

	SignInController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, Map<String, Object> model) {
		model.put("failed", error != null);
		return "accounts/login";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		model.put("account", accounts.findById(user.accountId()).orElseThrow(() -> new NotFound("account")));
		return "accounts/account";
	}

}
