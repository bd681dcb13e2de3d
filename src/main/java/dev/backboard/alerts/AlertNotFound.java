package dev.backboard.alerts;

import dev.backboard.core.NotFound;

/**
 * No alert answers to that link: unknown, or someone else's.
 */
public class AlertNotFound extends NotFound {

	public AlertNotFound() {
		super("alert");
	}

}
