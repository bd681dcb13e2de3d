package dev.backboard.companies;

import dev.backboard.core.NotFound;

/**
 * No invitation was issued with that link.
 */
public class InvitationNotFound extends NotFound {

	public InvitationNotFound() {
		super("invitation");
	}

}
