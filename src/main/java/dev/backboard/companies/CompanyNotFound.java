package dev.backboard.companies;

import dev.backboard.core.NotFound;

/**
 * No company answers to that key, or it is not the caller's.
 */
public class CompanyNotFound extends NotFound {

	public CompanyNotFound() {
		super("company");
	}

}
