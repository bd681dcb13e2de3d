package dev.backboard.companies;

import dev.backboard.core.NotFound;

/**
 * The account is not a member of that company, whether or not it exists.
 */
public class MemberNotFound extends NotFound {

	public MemberNotFound() {
		super("member");
	}

}
