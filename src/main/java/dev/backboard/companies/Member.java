package dev.backboard.companies;

import java.time.Instant;

/**
 * A person in a company's team, as the team page lists them.
 *
 * @param accountId the member's account
 * @param displayName their name
 * @param email their sign-in address
 * @param role what they may do for the company
 * @param joinedAt when they joined
 */
public record Member(long accountId, String displayName, String email, MemberRole role, Instant joinedAt) {

	public boolean isOwner() {
		return role == MemberRole.OWNER;
	}

}
