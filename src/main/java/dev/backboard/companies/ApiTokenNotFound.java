package dev.backboard.companies;

import dev.backboard.core.NotFound;

/**
 * No API token with that id belongs to the company.
 */
public class ApiTokenNotFound extends NotFound {

	public ApiTokenNotFound() {
		super("API token");
	}

}
