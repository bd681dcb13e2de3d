package dev.backboard.core.privacy;

import java.util.Optional;

/**
 * The email address of an account, for modules that keep data by address (the mail
 * outbox) and cannot depend on the accounts module, which depends on them. Implemented by
 * the accounts module.
 */
public interface AccountAddresses {

	/** The account's address, while the account exists. */
	Optional<String> emailOf(long accountId);

}
