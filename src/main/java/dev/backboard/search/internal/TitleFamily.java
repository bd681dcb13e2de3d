package dev.backboard.search.internal;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * The title without its team and stack qualifiers, for suggestions: "Senior Backend
 * Engineer, Payments (Go)" suggests "Senior Backend Engineer".
 */
class TitleFamily implements ValueBridge<String, String> {

	static String of(String title) {
		int cut = title.length();
		for (String separator : new String[] { ",", "(", " - ", " – ", " — ", "|", "/" }) {
			int at = title.indexOf(separator);
			if (at > 0 && at < cut) {
				cut = at;
			}
		}
		return title.substring(0, cut).strip();
	}

	@Override
	public String toIndexedValue(String title, ValueBridgeToIndexedValueContext context) {
		return title == null ? null : of(title);
	}

	/**
	 * Aggregations read the family back as it is: it is already what suggestions show.
	 */
	@Override
	public String fromIndexedValue(String value, ValueBridgeFromIndexedValueContext context) {
		return value;
	}

}
