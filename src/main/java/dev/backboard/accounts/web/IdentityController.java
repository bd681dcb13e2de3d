package dev.backboard.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.backboard.accounts.Identities;
import dev.backboard.accounts.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Linking and unlinking identity providers from the account page. Linking goes through
 * the provider's usual sign-in, which then attaches the identity to this account.
 */
@Controller
class IdentityController {

	private final Identities identities;

	IdentityController(Identities identities) {
		this.identities = identities;
	}

	@PostMapping("/account/identities/link")
	String link(@AuthenticationPrincipal SignedInUser user, @RequestParam String provider, HttpServletRequest request) {
		identities.startLinking(request, user.accountId(), provider);
		return "redirect:/oauth2/authorization/" + UriUtils.encodePathSegment(provider, "UTF-8");
	}

	@PostMapping("/account/identities/unlink")
	String unlink(@AuthenticationPrincipal SignedInUser user, @RequestParam String issuer,
			@RequestParam String subject) {
		try {
			identities.unlink(user.accountId(), issuer, subject);
			return "redirect:/account?unlinked";
		}
		catch (Identities.LastSignInMethod ex) {
			return "redirect:/account?unlink-error";
		}
	}

}
