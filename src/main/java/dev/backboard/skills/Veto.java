package dev.backboard.skills;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A context that shows a form is not the technology, written like {@code "Series _"} or
 * {@code "_ to"}: the words around the underscore must stand right before and after the
 * form.
 *
 * @param before the words before the form, in reading order, lowercase
 * @param after the words after the form, in reading order, lowercase
 */
record Veto(List<String> before, List<String> after) {

	Veto {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	static Veto parse(String pattern) {
		List<String> words = Arrays.asList(pattern.trim().toLowerCase(Locale.ROOT).split("\\s+"));
		int form = words.indexOf("_");
		if (form < 0) {
			throw new IllegalStateException("A veto needs an _ for the form: " + pattern);
		}
		return new Veto(words.subList(0, form), words.subList(form + 1, words.size()));
	}

	/**
	 * Whether the veto matches the words around a mention.
	 * @param passage where the mention is
	 * @param preceding the spans of the words before the mention, nearest first
	 * @param following the spans of the words after the mention, in reading order
	 */
	boolean matches(Passage passage, List<int[]> preceding, List<int[]> following) {
		if (preceding.size() < before.size() || following.size() < after.size()) {
			return false;
		}
		for (int i = 0; i < before.size(); i++) {
			if (!passage.isWord(preceding.get(i), before.get(before.size() - 1 - i))) {
				return false;
			}
		}
		for (int i = 0; i < after.size(); i++) {
			if (!passage.isWord(following.get(i), after.get(i))) {
				return false;
			}
		}
		return true;
	}

}
