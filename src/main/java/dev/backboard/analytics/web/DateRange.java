package dev.backboard.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The days a dashboard shows: {@code from} and {@code to} as ISO dates (UTC), by default
 * the last 30 days, at most 366 days. Bad input keeps the default and says why, per
 * field.
 */
record DateRange(LocalDate from, LocalDate to, Map<String, String> errors) {

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 366;

	static DateRange parse(String from, String to, Clock clock) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate end = date("to", to, today, errors);
		LocalDate start = date("from", from, end.minusDays(DEFAULT_DAYS - 1), errors);
		if (errors.isEmpty() && start.isAfter(end)) {
			errors.put("from", "must not be after the end date");
		}
		else if (errors.isEmpty() && ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			errors.put("from", "a range may span at most " + MAX_DAYS + " days");
		}
		if (!errors.isEmpty()) {
			return new DateRange(today.minusDays(DEFAULT_DAYS - 1), today, errors);
		}
		return new DateRange(start, end, errors);
	}

	private static LocalDate date(String field, String value, LocalDate fallback, Map<String, String> errors) {
		if (value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "must be a date like 2026-12-31");
			return fallback;
		}
	}

	boolean valid() {
		return errors.isEmpty();
	}

}
