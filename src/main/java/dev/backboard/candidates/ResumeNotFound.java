package dev.backboard.candidates;

import dev.backboard.core.NotFound;

/**
 * No résumé with that id that the caller may read: missing and someone else's look the
 * same.
 */
public class ResumeNotFound extends NotFound {

	public ResumeNotFound() {
		super("résumé");
	}

}
