package dev.backboard.applications;

import dev.backboard.core.NotFound;

/**
 * No application the caller may see answers to that id: missing or someone else's.
 */
public class ApplicationNotFound extends NotFound {

	public ApplicationNotFound() {
		super("application");
	}

}
