package dev.backboard.candidates;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file was called, made fit for showing: the last path segment only,
 * without control or invisible characters, path or quoting characters, or leading dots,
 * and no longer than a line. It is a label and never becomes a path.
 */
final class DisplayNames {

	static final int MAX_LENGTH = 100;

	private DisplayNames() {
	}

	static String of(@Nullable String uploaded, ResumeType type) {
		String name = uploaded == null ? "" : uploaded;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "")
			.replaceAll("[\\\\/:*?\"<>|;%]", "_")
			.replaceAll("\\s+", " ")
			.replaceAll("^[.\\s_]+", "")
			.strip();
		if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
			name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		return name.isEmpty() ? "resume" + type.extension() : name;
	}

}
