package dev.backboard.accounts.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.Identities;
import dev.backboard.accounts.IdentityProvider;
import dev.backboard.accounts.IdentityProviders;
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

	private final IdentityProviders providers;

	private final Identities identities;

	SignInController(Accounts accounts, IdentityProviders providers, Identities identities) {
		this.accounts = accounts;
		this.providers = providers;
		this.identities = identities;
	}

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String identity,
			@RequestParam(required = false) String provider, Map<String, Object> model) {
		model.put("failed", error != null);
		model.put("providers", providers.all());
		model.put("identityMessage", identityMessage(identity, provider));
		return "accounts/login";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		model.put("account", accounts.findById(user.accountId()).orElseThrow(() -> new NotFound("account")));
		model.put("identities", identities.of(user.accountId()));
		model.put("providers", providers.all());
		return "accounts/account";
	}

	/** Why an identity provider did not sign the visitor in; never echoes the request. */
	private @Nullable String identityMessage(@Nullable String identity, @Nullable String provider) {
		if (identity == null) {
			return null;
		}
		return switch (identity) {
			case "exists" -> "An account with this email already exists. Sign in with your password, then link "
					+ providers.find(provider == null ? "" : provider)
						.map(IdentityProvider::name)
						.orElse("this provider")
					+ " from your account settings.";
			case "no-email" -> "The provider did not share an email address, so we could not create an account.";
			default -> "Signing in with that provider did not work. Please try again.";
		};
	}

}
