package dev.backboard.jobs;

import dev.backboard.core.NotFound;

/**
 * No job the caller may see answers to that id or slug.
 */
public class JobNotFound extends NotFound {

	public JobNotFound(Object key) {
		super("job");
	}

}
