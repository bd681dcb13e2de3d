package dev.backboard.companies;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Checks a company form field by field and turns it into a profile.
 */
final class ProfileRules {

	private ProfileRules() {
	}

	/**
	 * @param errors where each bad field's message goes
	 * @return the profile, meaningful only if no error was added
	 */
	static CompanyProfile check(CompanyForm form, Map<String, String> errors) {
		String name = text(form.name());
		if (name == null) {
			errors.put("name", "Enter the company's name.");
		}
		else if (name.length() > 200) {
			errors.put("name", "Use at most 200 characters.");
		}
		String website = text(form.website());
		if (website != null && !isWebUrl(website)) {
			errors.put("website", "Enter a full address starting with http:// or https://, e.g. https://example.com.");
		}
		else if (website != null && website.length() > 500) {
			errors.put("website", "Use at most 500 characters.");
		}
		String about = text(form.about());
		if (about != null && about.length() > 20_000) {
			errors.put("about", "Use at most 20,000 characters.");
		}
		String headquarters = text(form.headquarters());
		if (headquarters != null && headquarters.length() > 200) {
			errors.put("headquarters", "Use at most 200 characters.");
		}
		CompanySize size = null;
		String sizeName = text(form.size());
		if (sizeName != null) {
			try {
				size = CompanySize.valueOf(sizeName);
			}
			catch (IllegalArgumentException ex) {
				errors.put("size", "Choose one of the listed sizes.");
			}
		}
		return new CompanyProfile(name == null ? "" : name, website, about, size, headquarters);
	}

	static Map<String, String> newErrors() {
		return new LinkedHashMap<>();
	}

	private static boolean isWebUrl(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".") && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
