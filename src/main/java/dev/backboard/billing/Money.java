package dev.backboard.billing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts in a currency's smallest unit, as Stripe counts them.
 */
public final class Money {

	private Money() {
	}

	/** 4900 USD as "49.00 USD"; zero-decimal currencies (JPY) as they are. */
	public static String format(long amount, String currency) {
		String code = currency.toUpperCase(Locale.ROOT);
		int digits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
		return BigDecimal.valueOf(amount, digits).toPlainString() + " " + code;
	}

}
