package dev.backboard.companies;

/**
 * A person's place in a company.
 */
public record Membership(long companyId, String companySlug, String companyName, long accountId, MemberRole role) {

	public boolean isOwner() {
		return role == MemberRole.OWNER;
	}

}
