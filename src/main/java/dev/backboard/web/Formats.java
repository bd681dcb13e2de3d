package dev.backboard.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How pages write money, dates and places.
 */
public final class Formats {

	private Formats() {
	}

	/** "€80,000–95,000 a year", "$85–110 an hour", "from £60,000 a year". */
	public static String salary(@Nullable BigDecimal min, @Nullable BigDecimal max, String currency, String period) {
		String symbol = symbol(currency);
		String per = switch (period) {
			case "HOUR" -> " an hour";
			case "DAY" -> " a day";
			case "WEEK" -> " a week";
			case "MONTH" -> " a month";
			default -> " a year";
		};
		if (min != null && max != null && min.compareTo(max) != 0) {
			return symbol + amount(min) + "–" + amount(max) + per;
		}
		if (min != null && max != null) {
			return symbol + amount(min) + per;
		}
		return (min != null ? "from " + symbol + amount(min) : "up to " + symbol + amount(max)) + per;
	}

	public static String amount(@Nullable BigDecimal value) {
		return value == null ? "" : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

	/** "today", "yesterday", "5 days ago", "3 weeks ago". */
	public static String age(Instant postedAt) {
		long days = Duration.between(postedAt, Instant.now()).toDays();
		if (days <= 0) {
			return "today";
		}
		if (days == 1) {
			return "yesterday";
		}
		if (days < 14) {
			return days + " days ago";
		}
		return (days / 7) + " weeks ago";
	}

	public static String date(Instant instant) {
		return instant.toString().substring(0, 10);
	}

	public static String country(String code) {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
	}

	public static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	public static String count(long count) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count);
	}

	private static String symbol(String currency) {
		try {
			String symbol = Currency.getInstance(currency).getSymbol(Locale.ENGLISH);
			return symbol.length() == 1 ? symbol : currency + " ";
		}
		catch (IllegalArgumentException ex) {
			return currency + " ";
		}
	}

}
