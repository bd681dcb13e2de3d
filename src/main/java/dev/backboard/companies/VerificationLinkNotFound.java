package dev.backboard.companies;

import dev.backboard.core.NotFound;

/**
 * The domain verification link is unknown, used, expired or another company's.
 */
public class VerificationLinkNotFound extends NotFound {

	public VerificationLinkNotFound() {
		super("verification link");
	}

}
