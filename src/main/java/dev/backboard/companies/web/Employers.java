package dev.backboard.companies.web;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.Membership;

import org.springframework.stereotype.Component;

/**
 * Whom a signed-in employer acts for, and whether they may manage it.
 */
@Component
class Employers {

	private final CompanyMembers members;

	Employers(CompanyMembers members) {
		this.members = members;
	}

	/**
	 * @throws dev.backboard.companies.NoCompanyYet when they have not created or joined a
	 * company
	 */
	Membership member(SignedInUser user) {
		return members.member(user.accountId());
	}

	/**
	 * Only owners manage the profile, the team and API tokens; recruiters get the 403
	 * page.
	 */
	Membership owner(SignedInUser user) {
		return member(user).requireOwner();
	}

}
