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

	Dictionary(List<Term> terms) {
		for (Term term : terms) {
			add(term);
		}
		root.index();
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
			if (Character.isWhitespace(c) || c == '-') {
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

		private static final int TABLE_SIZE = 128;

		private static final int TABLE_THRESHOLD = 8;

		private char[] keys = new char[0];

		private Node[] children = new Node[0];

		private @Nullable Term term;

		// Nodes with many children, such as the root that every word start looks up, get
		// a table for ASCII keys
		private @Nullable Node @Nullable [] table;

		@Nullable Node child(char key) {
			if (table != null && key < TABLE_SIZE) {
				return table[key];
			}
			if (keys.length < TABLE_THRESHOLD) {
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

		void index() {
			if (keys.length >= TABLE_THRESHOLD) {
				Node[] indexed = new Node[TABLE_SIZE];
				for (int i = 0; i < keys.length; i++) {
					if (keys[i] < TABLE_SIZE) {
						indexed[keys[i]] = children[i];
					}
				}
				table = indexed;
			}
			for (Node child : children) {
				child.index();
			}
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
