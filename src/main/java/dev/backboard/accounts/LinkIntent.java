package dev.backboard.accounts;

import java.io.Serial;
import java.io.Serializable;

/**
 * Kept in the session when a signed-in user starts linking a provider, so that the
 * provider's callback links the identity instead of signing in with it.
 */
record LinkIntent(long accountId, String registrationId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String SESSION_ATTRIBUTE = LinkIntent.class.getName();

}
