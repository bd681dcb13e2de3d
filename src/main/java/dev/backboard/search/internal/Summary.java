package dev.backboard.search.internal;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * The opening of a description, cut at a word, for result cards when the text matched
 * nowhere else; stored in the index so that cards never need the database.
 */
class Summary implements ValueBridge<String, String> {

	static final int LENGTH = 220;

	/**
	 * Flattening a prefix of a text gives a prefix of the whole text's flattening (each
	 * rewrite looks no further back than one character), so a long description is read
	 * only until its summary is known.
	 */
	private static final int FIRST_READ = 4 * LENGTH;

	static String of(String text) {
		String flat;
		for (int read = FIRST_READ;; read *= 2) {
			flat = flat(text.substring(0, Math.min(read, text.length())));
			if (read >= text.length()) {
				if (flat.length() <= LENGTH) {
					return flat;
				}
				break;
			}
			if (flat.length() > LENGTH) {
				break;
			}
		}
		int cut = flat.lastIndexOf(' ', LENGTH);
		return flat.substring(0, cut > 0 ? cut : LENGTH) + "…";
	}

	private static String flat(String text) {
		// A heading runs into the paragraph after it once lines are joined: end it like a
		// sentence.
		return text.strip().replaceAll("([^.!?:;,\\s])[ \\t]*\\R+\\s*", "$1. ").replaceAll("\\s+", " ");
	}

	@Override
	public String toIndexedValue(String text, ValueBridgeToIndexedValueContext context) {
		return text == null ? null : of(text);
	}

	@Override
	public String fromIndexedValue(String value, ValueBridgeFromIndexedValueContext context) {
		return value;
	}

}
