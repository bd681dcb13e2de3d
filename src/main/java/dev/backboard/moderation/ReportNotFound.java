package dev.backboard.moderation;

import dev.backboard.core.NotFound;

/**
 * No open report answers to that id.
 */
public class ReportNotFound extends NotFound {

	public ReportNotFound() {
		super("report");
	}

}
