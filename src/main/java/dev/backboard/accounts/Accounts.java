package dev.backboard.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's API for other modules: find users and create them.
 */
@Service
public class Accounts {

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Accounts(UserAccountRepository users, PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findById(long id) {
		return users.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByEmail(String email) {
		return users.findByEmail(UserAccount.normalize(email));
	}

	/**
	 * Creates an account whose email is already confirmed, for operators and tests;
	 * people sign up through the sign-up form, which verifies the address.
	 */
	@Transactional
	public UserAccount createVerified(String email, String password, String displayName, Set<Role> roles) {
		UserAccount account = new UserAccount(email, passwords.encode(password), displayName, roles, clock.instant());
		account.verifyEmail(clock.instant());
		return users.save(account);
	}

	/**
	 * Gives the account a role it lacks, e.g. employer to someone who joins a company. A
	 * signed-in session sees it after {@link SignedInSessions#refresh}.
	 */
	@Transactional
	public void grant(long accountId, Role role) {
		users.findById(accountId)
			.orElseThrow(() -> new IllegalStateException("No account " + accountId))
			.grant(role, clock.instant());
	}

}
