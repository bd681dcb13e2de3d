package dev.backboard.insights.internal;

import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 codes and their English names.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

	/** "Germany" for DE; the code itself when Java does not know it. */
	public static String name(String code) {
		String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
		return name.isBlank() ? code : name;
	}

}
