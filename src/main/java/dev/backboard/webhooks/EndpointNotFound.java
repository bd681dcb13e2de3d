package dev.backboard.webhooks;

import dev.backboard.core.NotFound;

/**
 * No endpoint (or delivery) of the caller's company answers to that id.
 */
public class EndpointNotFound extends NotFound {

	public EndpointNotFound() {
		super("webhook endpoint");
	}

}
