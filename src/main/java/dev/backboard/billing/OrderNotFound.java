package dev.backboard.billing;

import dev.backboard.core.NotFound;

/**
 * No such order, or another company's: both answer 404 alike.
 */
public class OrderNotFound extends NotFound {

	public OrderNotFound() {
		super("order");
	}

}
