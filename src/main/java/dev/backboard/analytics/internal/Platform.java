package dev.backboard.analytics.internal;

import java.util.List;

/**
 * An analytics platform events are forwarded to.
 */
interface Platform {

	/**
	 * Sends events, oldest first, retrying failures that may pass (5xx, time-outs).
	 * @return how many events from the start of the list are done with: delivered, or
	 * refused for good (4xx) and logged; the rest are sent again next round
	 */
	int send(List<Forwarded> events);

}
