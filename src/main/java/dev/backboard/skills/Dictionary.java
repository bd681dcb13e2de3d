package dev.backboard.skills;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every written form of every skill in one character trie, so that a text is read once,
 * whatever the size of the taxonomy. The longest form wins: "Spring Boot" over "Spring",
 * "Node.js" over "Node".
 */
final class Dictionary {

	private final Node root = new Node();

	// The first character is looked up at every word start: a table makes that one step
	private final @Nullable Node[] ascii = new Node[128];

	Dictionary(List<Term> terms) {
		for (Term term : terms) {
			add(term);
		}
		for (char c = 0; c < ascii.length; c++) {
			ascii[c] = root.child(c);
		}
	}

	private void add(Term term) {
		Node node = root;
		for (char c : term.key().toCharArray()) {
			node = node.childOrNew(c);
		}
		if (node.term == null) {
			node.term = term;
		}
	}

	/**
	 * The longest form that starts at {@code start} and ends on a word boundary, or
	 * {@code null}. A space in a form stands for any run of spaces or one hyphen.
	 */
	@Nullable Mention longestAt(Passage passage, int start) {
		Node node = root;
		int i = start;
		Mention longest = null;
		int length = passage.length();
		while (i < length) {
			char c = passage.charAt(i);
			if (node == root && c < ascii.length) {
				node = ascii[Character.toLowerCase(c)];
				i++;
			}
			else if (Character.isWhitespace(c) || c == '-') {
				node = node.child(' ');
				i = (c == '-') ? i + 1 : skipWhitespace(passage, i);
			}
			else {
				node = node.child(Character.toLowerCase(c));
				i++;
			}
			if (node == null) {
				break;
			}
			if (node.term != null) {
				int end = passage.endAt(i, c);
				if (end >= 0) {
					longest = new Mention(node.term, passage, start, end);
				}
			}
		}
		return longest;
	}

	private static int skipWhitespace(Passage passage, int from) {
		int i = from;
		while (i < passage.length() && Character.isWhitespace(passage.charAt(i))) {
			i++;
		}
		return i;
	}

	private static final class Node {

		private char[] keys = new char[0];

		private Node[] children = new Node[0];

		private @Nullable Term term;

		@Nullable Node child(char key) {
			if (keys.length < 8) {
				for (int i = 0; i < keys.length; i++) {
					if (keys[i] == key) {
						return children[i];
					}
				}
				return null;
			}
			int index = Arrays.binarySearch(keys, key);
			return (index >= 0) ? children[index] : null;
		}

		Node childOrNew(char key) {
			int index = Arrays.binarySearch(keys, key);
			if (index >= 0) {
				return children[index];
			}
			int insert = -index - 1;
			Node child = new Node();
			keys = insertAt(keys, insert, key);
			Node[] grown = new Node[children.length + 1];
			System.arraycopy(children, 0, grown, 0, insert);
			grown[insert] = child;
			System.arraycopy(children, insert, grown, insert + 1, children.length - insert);
			children = grown;
			return child;
		}

		private static char[] insertAt(char[] array, int index, char value) {
			char[] grown = new char[array.length + 1];
			System.arraycopy(array, 0, grown, 0, index);
			grown[index] = value;
			System.arraycopy(array, index, grown, index + 1, array.length - index);
			return grown;
		}

	}

}
