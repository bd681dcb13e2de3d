package dev.backboard.search.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the values of one facet field densely across all segments (a skill slug, a
 * company id), so that counts of every segment add up in one array instead of a map. It
 * only grows: values are few (skills, countries) or bounded by the company table.
 */
final class FacetValueDictionary<K extends Comparable<? super K>> {

	private final Map<K, Integer> indexes = new HashMap<>();

	private volatile Object[] keys = new Object[16];

	private volatile int size;

	private volatile Order order = new Order(new int[0], new int[0]);

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

	/**
	 * The values numbered so far in their natural order: made again only when values were
	 * added since.
	 */
	Order order() {
		Order current = order;
		int values = size;
		if (current.rank().length == values) {
			return current;
		}
		Integer[] sorted = new Integer[values];
		for (int i = 0; i < values; i++) {
			sorted[i] = i;
		}
		Arrays.sort(sorted, (a, b) -> keyAt(a).compareTo(keyAt(b)));
		int[] rank = new int[values];
		int[] index = new int[values];
		for (int place = 0; place < values; place++) {
			index[place] = sorted[place];
			rank[sorted[place]] = place;
		}
		current = new Order(rank, index);
		order = current;
		return current;
	}

	/**
	 * Each value's place in the natural order, by index, and the index of the value at
	 * each place.
	 */
	record Order(int[] rank, int[] index) {
	}

}
