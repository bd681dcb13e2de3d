package dev.backboard.companies;

import org.springframework.security.access.AccessDeniedException;

/**
 * A person's place in a company.
 */
public record Membership(long companyId, String companySlug, String companyName, long accountId, MemberRole role) {

	public boolean isOwner() {
		return role == MemberRole.OWNER;
	}

	/**
	 * This membership, if it may see and pay the company's bills: owners and billing
	 * members.
	 * @throws AccessDeniedException for a recruiter (the 403 page)
	 */
	public Membership requireBilling() {
		if (role != MemberRole.OWNER && role != MemberRole.BILLING) {
			throw new AccessDeniedException("Only the company's owners and billing members may do this");
		}
		return this;
	}

	/**
	 * This membership, if it is an owner's: only owners change the company's profile,
	 * team, API tokens and settings, so every service that changes one of them asks for
	 * it.
	 * @throws AccessDeniedException for a recruiter (the 403 page)
	 */
	public Membership requireOwner() {
		if (!isOwner()) {
			throw new AccessDeniedException("Only the company's owners may do this");
		}
		return this;
	}

}
