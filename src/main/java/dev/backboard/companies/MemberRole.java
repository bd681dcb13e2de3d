package dev.backboard.companies;

/**
 * What a member may do for a company: owners also manage members, tokens and the
 * company's profile.
 */
public enum MemberRole {

	OWNER, RECRUITER

}
