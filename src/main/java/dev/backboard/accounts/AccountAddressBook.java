package dev.backboard.accounts;

import java.util.Optional;

import dev.backboard.core.privacy.AccountAddresses;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells modules that keep data by email address (the mail outbox) which address an
 * account has.
 */
@Component
class AccountAddressBook implements AccountAddresses {

	private final UserAccountRepository users;

	AccountAddressBook(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> emailOf(long accountId) {
		return users.findById(accountId).map(UserAccount::getEmail);
	}

}
