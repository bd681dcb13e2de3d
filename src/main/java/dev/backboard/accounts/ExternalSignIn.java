package dev.backboard.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Decides what a provider's callback does: sign into the account linked to the identity,
 * link it to the signed-in user who asked for that, or create a candidate account. An
 * identity never signs into an account only because the emails match: that would let
 * anyone who controls an email at some provider take over the account.
 */
@Component
class ExternalSignIn {

	static final String ACCOUNT_EXISTS = "account_exists";

	static final String IDENTITY_TAKEN = "identity_taken";

	static final String NO_EMAIL = "no_email";

	private final UserAccountRepository users;

	private final Identities identities;

	private final Clock clock;

	private final EntityManager entities;

	ExternalSignIn(UserAccountRepository users, Identities identities, Clock clock, EntityManager entities) {
		this.users = users;
		this.identities = identities;
		this.clock = clock;
		this.entities = entities;
	}

	@Transactional
	SignedInUser signIn(ExternalIdentity identity, @Nullable OidcIdToken idToken) {
		Optional<LinkIntent> intent = takeLinkIntent(identity.registrationId());
		if (intent.isPresent()) {
			return link(intent.get().accountId(), identity, idToken);
		}
		identities.lock(identity.issuer(), identity.subject());
		Optional<Long> owner = identities.owner(identity.issuer(), identity.subject());
		if (owner.isPresent()) {
			return new SignedInUser(users.findById(owner.get()).orElseThrow(), idToken);
		}
		String email = identity.email();
		if (email == null || email.isBlank()) {
			throw refusal(NO_EMAIL);
		}
		if (users.findByEmail(UserAccount.normalize(email)).isPresent()) {
			throw refusal(ACCOUNT_EXISTS);
		}
		UserAccount account = new UserAccount(email, null, identity.displayName(), EnumSet.of(Role.CANDIDATE),
				clock.instant());
		if (identity.emailVerified()) {
			account.verifyEmail(clock.instant());
		}
		account = users.save(account);
		// The identity row is written with JDBC and references the new account.
		entities.flush();
		identities.link(account.getId(), identity);
		return new SignedInUser(account, idToken);
	}

	/**
	 * The user proved who they are in this session already (both steps), so the result is
	 * a full sign-in to the same account.
	 */
	private SignedInUser link(long accountId, ExternalIdentity identity, @Nullable OidcIdToken idToken) {
		Optional<Long> owner = identities.owner(identity.issuer(), identity.subject());
		if (owner.isPresent() && owner.get() != accountId) {
			throw refusal(IDENTITY_TAKEN);
		}
		if (owner.isEmpty()) {
			identities.link(accountId, identity);
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().setAttribute(SignInSteps.LINKED_ATTRIBUTE, Boolean.TRUE);
		}
		return new SignedInUser(users.findById(accountId).orElseThrow(), idToken, false);
	}

	/**
	 * A link intent counts only for the provider it was made for and only while the
	 * session is still fully signed in as the account that made it.
	 */
	private static Optional<LinkIntent> takeLinkIntent(String registrationId) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		HttpSession session = attributes.getRequest().getSession(false);
		if (session == null || !(session.getAttribute(LinkIntent.SESSION_ATTRIBUTE) instanceof LinkIntent intent)) {
			return Optional.empty();
		}
		session.removeAttribute(LinkIntent.SESSION_ATTRIBUTE);
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		boolean sameUser = current != null && current.getPrincipal() instanceof SignedInUser user
				&& !user.secondFactorPending() && user.accountId() == intent.accountId();
		return sameUser && intent.registrationId().equals(registrationId) ? Optional.of(intent) : Optional.empty();
	}

	private static OAuth2AuthenticationException refusal(String code) {
		return new OAuth2AuthenticationException(new OAuth2Error(code));
	}

}
