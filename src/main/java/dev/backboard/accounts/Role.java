package dev.backboard.accounts;

/**
 * What a user may do on the board. Employers act for the companies they are members of.
 */
public enum Role {

	CANDIDATE, EMPLOYER, MODERATOR, ADMIN;

	/** The authority Spring Security checks, e.g. {@code ROLE_EMPLOYER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
