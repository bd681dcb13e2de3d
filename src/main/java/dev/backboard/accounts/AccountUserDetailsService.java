package dev.backboard.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a user by the email typed into the sign-in form.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	AccountUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return users.findByEmail(UserAccount.normalize(email))
			.filter(UserAccount::hasPassword)
			.map(account -> new SignedInUser(account, null))
			.orElseThrow(() -> new UsernameNotFoundException("No account with a password for this email"));
	}

}
