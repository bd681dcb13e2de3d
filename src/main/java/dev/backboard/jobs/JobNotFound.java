package dev.backboard.jobs;

/**
 * No job answers to that id or slug.
 */
public class JobNotFound extends RuntimeException {

	public JobNotFound(Object key) {
		super("No job " + key);
	}

}
