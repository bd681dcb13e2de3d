package dev.backboard.billing;

/**
 * What a price buys.
 */
public enum PriceKind {

	/** One listing, live for the price's days. */
	LISTING,
	/** A live job featured (pinned and marked in results) for the price's days. */
	FEATURED,
	/** Credits for the price's number of listings, spent one per submitted job. */
	PACKAGE

}
