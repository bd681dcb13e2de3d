package dev.backboard.accounts;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has checked the ID token (signature, issuer, audience, nonce),
 * maps the provider's person onto an account and returns the board's own principal.
 */
class OidcAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService claims = new OidcUserService();

	private final ExternalSignIn signIn;

	OidcAccountUserService(ExternalSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = claims.loadUser(request);
		String email = user.getEmail();
		ExternalIdentity identity = new ExternalIdentity(request.getClientRegistration().getRegistrationId(),
				user.getIdToken().getIssuer().toString(), user.getSubject(), email,
				Boolean.TRUE.equals(user.getEmailVerified()), displayName(user, email));
		return signIn.signIn(identity, user.getIdToken());
	}

	private static String displayName(OidcUser user, @org.jspecify.annotations.Nullable String email) {
		String name = firstNonBlank(user.getFullName(), user.getPreferredUsername(), user.getGivenName());
		if (name == null) {
			name = email == null ? "New member" : email.substring(0, Math.max(1, email.indexOf('@')));
		}
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	static @org.jspecify.annotations.Nullable String firstNonBlank(
			@org.jspecify.annotations.Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

}
