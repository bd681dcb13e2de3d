package dev.backboard.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;

/**
 * Pay ranges that fit the country, the level and the contract: a mid-level yearly figure
 * per country in its own currency, scaled, then stated the way local postings state it
 * (per year, per month, or a day or hour rate for contractors).
 */
final class Pay {

	private static final Map<String, Market> MARKETS = Map.ofEntries(market("US", "USD", 135_000),
			market("CA", "CAD", 105_000), market("GB", "GBP", 62_000), market("IE", "EUR", 68_000),
			market("DE", "EUR", 68_000), market("NL", "EUR", 62_000), market("BE", "EUR", 58_000),
			market("FR", "EUR", 52_000), market("ES", "EUR", 42_000), market("PT", "EUR", 34_000),
			market("IT", "EUR", 40_000), market("CH", "CHF", 115_000), market("AT", "EUR", 56_000),
			market("SE", "SEK", 580_000), market("NO", "NOK", 720_000), market("DK", "DKK", 600_000),
			market("FI", "EUR", 54_000), market("PL", "PLN", 216_000), market("CZ", "CZK", 1_000_000),
			market("HU", "HUF", 12_000_000), market("RO", "RON", 144_000), market("EE", "EUR", 48_000),
			market("LV", "EUR", 38_000), market("LT", "EUR", 40_000), market("IL", "ILS", 420_000),
			market("AE", "AED", 300_000), market("ZA", "ZAR", 650_000), market("IN", "INR", 1_800_000),
			market("SG", "SGD", 96_000), market("JP", "JPY", 7_500_000), market("KR", "KRW", 60_000_000),
			market("AU", "AUD", 135_000), market("NZ", "NZD", 110_000), market("BR", "BRL", 180_000),
			market("MX", "MXN", 660_000), market("AR", "USD", 42_000), market("CO", "COP", 120_000_000));

	/** Where postings often state a monthly figure, and contractors bill monthly. */
	private static final Set<String> MONTHLY = Set.of("PL", "CZ", "HU", "RO", "BR", "MX", "AR", "CO", "IN");

	/** Where contractors quote hourly rates rather than day rates. */
	private static final Set<String> HOURLY = Set.of("US", "CA", "AU", "NZ", "SG", "JP", "KR", "IL", "AE", "ZA");

	private static final Map<String, Double> EXPENSIVE_CITIES = Map.of("San Francisco", 1.2, "Palo Alto", 1.2,
			"Mountain View", 1.2, "San Jose", 1.15, "New York", 1.15, "Seattle", 1.1, "London", 1.15, "Zurich", 1.05,
			"Munich", 1.05, "Amsterdam", 1.05);

	private Pay() {
	}

	static boolean knows(String countryCode) {
		return MARKETS.containsKey(countryCode);
	}

	static Salary salary(String countryCode, @Nullable String city, Seniority seniority, EmploymentType type,
			SplittableRandom random) {
		Market market = MARKETS.get(countryCode);
		if (market == null) {
			throw new IllegalArgumentException("No pay data for " + countryCode);
		}
		double cityFactor = (city == null) ? 1.0 : EXPENSIVE_CITIES.getOrDefault(city, 1.0);
		double yearly = market.midLevel() * level(seniority) * cityFactor * (0.88 + 0.24 * random.nextDouble());
		SalaryPeriod period = period(countryCode, type, random);
		double low = perPeriod(yearly, period, type);
		double high = low * (1.1 + 0.25 * random.nextDouble());
		BigDecimal min = round(low);
		BigDecimal max = round(high).max(min);
		double shape = random.nextDouble();
		if (shape < 0.04) {
			return new Salary(min, null, market.currency(), period);
		}
		if (shape < 0.06) {
			return new Salary(null, max, market.currency(), period);
		}
		return new Salary(min, max, market.currency(), period);
	}

	private static double level(Seniority seniority) {
		return switch (seniority) {
			case JUNIOR -> 0.65;
			case MID -> 1.0;
			case SENIOR -> 1.3;
			case STAFF -> 1.6;
			case PRINCIPAL -> 1.85;
			case LEAD -> 1.45;
		};
	}

	private static SalaryPeriod period(String countryCode, EmploymentType type, SplittableRandom random) {
		return switch (type) {
			case CONTRACTOR -> MONTHLY.contains(countryCode) ? SalaryPeriod.MONTH
					: HOURLY.contains(countryCode) ? SalaryPeriod.HOUR : SalaryPeriod.DAY;
			case PART_TIME -> HOURLY.contains(countryCode) ? SalaryPeriod.HOUR : SalaryPeriod.MONTH;
			case INTERN, TEMPORARY -> SalaryPeriod.MONTH;
			case FULL_TIME -> (MONTHLY.contains(countryCode) && !"IN".equals(countryCode) && Seeds.chance(random, 0.45))
					? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
		};
	}

	private static double perPeriod(double yearly, SalaryPeriod period, EmploymentType type) {
		double contract = switch (type) {
			case CONTRACTOR -> 1.35;
			case INTERN -> 0.45;
			case PART_TIME -> 0.9;
			default -> 1.0;
		};
		return switch (period) {
			case YEAR -> yearly * contract;
			case MONTH -> yearly * contract / 12;
			case WEEK -> yearly * contract / 46;
			case DAY -> yearly * contract / 220;
			case HOUR -> yearly * contract / 1800;
		};
	}

	/** About two significant figures: 85,500 and 125,000 rather than 85,317. */
	static BigDecimal round(double amount) {
		long whole = Math.max(1, Math.round(amount));
		int digits = Long.toString(whole).length();
		long step = Math.max(1, pow10(digits - 2) / 2);
		return BigDecimal.valueOf(Math.max(step, Math.round((double) whole / step) * step));
	}

	private static long pow10(int exponent) {
		long value = 1;
		for (int i = 0; i < exponent; i++) {
			value *= 10;
		}
		return value;
	}

	private static Map.Entry<String, Market> market(String countryCode, String currency, long midLevel) {
		return Map.entry(countryCode, new Market(currency, midLevel));
	}

	private record Market(String currency, long midLevel) {
	}

}
