package dev.backboard.billing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A price as it was set between two times; the current one has no end.
 *
 * @param id its row, which orders point at
 * @param code its stable name
 * @param kind what it buys
 * @param label what employers read
 * @param amount in the currency's smallest unit
 * @param currency ISO 4217, lower case as Stripe writes it
 * @param days for listings and upgrades
 * @param listings for packages
 * @param validFrom when it took effect
 * @param validTo when it was replaced
 */
public record Price(long id, String code, PriceKind kind, String label, long amount, String currency,
		@Nullable Integer days, @Nullable Integer listings, Instant validFrom, @Nullable Instant validTo) {

	/** "49.00 USD". */
	public String display() {
		return Money.format(amount, currency);
	}

}
