package dev.backboard.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable URL parts: "Senior Engineer, Payments (Go)" becomes
 * "senior-engineer-payments-go".
 */
public final class Slugs {

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replace("c++", "cpp")
			.replace("c#", "csharp")
			.replace("f#", "fsharp")
			.replace(".net", "dotnet")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "n-a" : slug;
	}

}
