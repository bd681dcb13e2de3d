package dev.backboard.search.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the values of one facet field densely across all segments (a skill slug, a
 * company id), so that counts of every segment add up in one array instead of a map. It
 * only grows: values are few (skills, countries) or bounded by the company table.
 */
final class FacetValueDictionary<K> {

	private final Map<K, Integer> indexes = new HashMap<>();

	private volatile Object[] keys = new Object[16];

	private volatile int size;

	synchronized int indexOf(K key) {
		Integer index = indexes.get(key);
		if (index != null) {
			return index;
		}
		int next = size;
		if (next == keys.length) {
			keys = Arrays.copyOf(keys, next * 2);
		}
		keys[next] = key;
		indexes.put(key, next);
		size = next + 1;
		return next;
	}

	/** How many values have been numbered so far; every index handed out is below it. */
	int size() {
		return size;
	}

	@SuppressWarnings("unchecked")
	K keyAt(int index) {
		return (K) keys[index];
	}

}
