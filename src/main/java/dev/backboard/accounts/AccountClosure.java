package dev.backboard.accounts;

import dev.backboard.core.NotFound;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the privacy module needs from accounts to close one: proof that the person at the
 * keyboard owns it, and the deletion of the account row once every module has erased its
 * data.
 */
@Service
public class AccountClosure {

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final SecurityEvents events;

	AccountClosure(UserAccountRepository users, PasswordEncoder passwords, SecurityEvents events) {
		this.users = users;
		this.passwords = passwords;
		this.events = events;
	}

	/**
	 * Whether the signed-in person proved again that the account is theirs: with its
	 * current password, or, for an account that signs in only through a provider and has
	 * none, by typing its email address.
	 */
	@Transactional(readOnly = true)
	public boolean confirms(long accountId, String password, String typedEmail) {
		UserAccount account = users.findById(accountId).orElseThrow(() -> new NotFound("account"));
		String hash = account.getPasswordHash();
		if (hash != null) {
			return !password.isEmpty() && passwords.matches(password, hash);
		}
		return !typedEmail.isBlank() && UserAccount.normalize(typedEmail).equals(account.getEmail());
	}

	/**
	 * Deletes the account row, in the erasure's transaction and after every module erased
	 * its part, and logs the erasure under the old id only.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void delete(long accountId) {
		UserAccount account = users.findById(accountId).orElseThrow(() -> new NotFound("account"));
		users.delete(account);
		events.recordWithoutAddress(accountId, SecurityEventType.ACCOUNT_ERASED);
	}

}
