package dev.backboard.companies;

import dev.backboard.accounts.SecondFactorRequirement;

import org.springframework.stereotype.Component;

/**
 * Owners hand out API tokens and decide who acts for the company, so they always use a
 * second factor.
 */
@Component
class OwnersNeedSecondFactor implements SecondFactorRequirement {

	private final CompanyMembers members;

	OwnersNeedSecondFactor(CompanyMembers members) {
		this.members = members;
	}

	@Override
	public boolean requiresSecondFactor(long accountId) {
		return members.of(accountId).map(Membership::isOwner).orElse(false);
	}

}
