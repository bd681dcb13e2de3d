package dev.backboard.companies.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.companies.CompanyForm;

import org.springframework.web.multipart.MultipartFile;

/**
 * Small helpers for the company forms: entered values back into the page, uploads read.
 */
final class Forms {

	private Forms() {
	}

	static Map<String, String> values(CompanyForm form) {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "name", form.name());
		put(values, "website", form.website());
		put(values, "about", form.about());
		put(values, "size", form.size());
		put(values, "headquarters", form.headquarters());
		return values;
	}

	static Map<String, String> values(String key, @Nullable String value) {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, key, value);
		return values;
	}

	/** The upload's bytes, or {@code null} when no file was chosen. */
	static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void put(Map<String, String> values, String key, @Nullable String value) {
		if (value != null) {
			values.put(key, value);
		}
	}

}
