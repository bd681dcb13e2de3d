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

	static String of(String text) {
		// A heading runs into the paragraph after it once lines are joined: end it like a
		// sentence.
		String flat = text.strip().replaceAll("([^.!?:;,\\s])[ \\t]*\\R+\\s*", "$1. ").replaceAll("\\s+", " ");
		if (flat.length() <= LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', LENGTH);
		return flat.substring(0, cut > 0 ? cut : LENGTH) + "…";
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
