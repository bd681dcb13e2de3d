package dev.backboard.accounts;

import org.springframework.stereotype.Component;

/**
 * Moderators and admins can change anyone's content, so they always use a second factor.
 */
@Component
class StaffNeedSecondFactor implements SecondFactorRequirement {

	private final UserAccountRepository users;

	StaffNeedSecondFactor(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public boolean requiresSecondFactor(long accountId) {
		return users.findById(accountId)
			.map(account -> account.hasRole(Role.MODERATOR) || account.hasRole(Role.ADMIN))
			.orElse(false);
	}

}
