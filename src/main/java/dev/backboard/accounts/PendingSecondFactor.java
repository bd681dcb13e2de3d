package dev.backboard.accounts;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * What the session holds between the first sign-in step (password or identity provider)
 * and the TOTP step. It is not authenticated and grants nothing, so every rule but the
 * public ones refuses it; the first step's result waits inside until the code is checked.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Authentication primary;

	private final SignedInUser user;

	PendingSecondFactor(Authentication primary, SignedInUser user) {
		super(List.of());
		this.primary = primary;
		this.user = user;
		super.setAuthenticated(false);
	}

	Authentication primary() {
		return primary;
	}

	SignedInUser user() {
		return user;
	}

	long accountId() {
		return user.accountId();
	}

	/** The account id, so that the session stays findable by its user's name. */
	@Override
	public Object getPrincipal() {
		return user.getName();
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("A pending sign-in cannot be marked authenticated");
		}
		super.setAuthenticated(false);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PendingSecondFactor pending && pending.accountId() == accountId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId());
	}

}
