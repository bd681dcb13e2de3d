package dev.backboard.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The perks postings list, by where the job is paid: European, North American and other
 * markets offer different things.
 */
final class Benefits {

	private static final List<String> EVERYWHERE = List.of("Stock options for everyone who joins",
			"A yearly learning budget for books, courses and conferences",
			"A home-office budget and the laptop of your choice", "Flexible working hours",
			"Parental leave well above the legal minimum", "A team offsite twice a year",
			"Confidential mental health support", "A sabbatical month after four years",
			"Time for open-source work during working hours", "Two paid volunteering days a year");

	private static final List<String> EUROPE = List.of("30 days of paid holiday",
			"Pension contributions on top of your salary", "A public transport pass or a leased bike",
			"Private health insurance for you and your family", "Work from abroad for up to six weeks a year");

	private static final List<String> UNITED_STATES = List.of("401(k) with a 4% match",
			"Medical, dental and vision insurance, fully covered for you", "Unlimited PTO with a 20-day minimum",
			"A commuter benefit");

	private static final List<String> CANADA = List.of("RRSP matching up to 4%",
			"Extended health and dental coverage from day one", "Four weeks of vacation, plus a winter break");

	private static final List<String> ELSEWHERE = List.of("Health insurance for you and your dependants",
			"25 days of paid leave", "An annual performance bonus", "A yearly trip to our headquarters");

	private static final Set<String> EUROPEAN = Set.of("GB", "IE", "DE", "NL", "BE", "FR", "ES", "PT", "IT", "CH", "AT",
			"SE", "NO", "DK", "FI", "PL", "CZ", "HU", "RO", "EE", "LV", "LT");

	private Benefits() {
	}

	static List<String> forCountry(String countryCode) {
		List<String> benefits = new ArrayList<>(EVERYWHERE);
		if (EUROPEAN.contains(countryCode)) {
			benefits.addAll(EUROPE);
		}
		else if ("US".equals(countryCode)) {
			benefits.addAll(UNITED_STATES);
		}
		else if ("CA".equals(countryCode)) {
			benefits.addAll(CANADA);
		}
		else {
			benefits.addAll(ELSEWHERE);
		}
		return benefits;
	}

}
