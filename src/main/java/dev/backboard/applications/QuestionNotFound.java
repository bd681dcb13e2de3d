package dev.backboard.applications;

import dev.backboard.core.NotFound;

/**
 * No such question on that job.
 */
public class QuestionNotFound extends NotFound {

	public QuestionNotFound() {
		super("question");
	}

}
