package dev.backboard.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A posting's title or text, read the way the extractor needs: where names may start and
 * end, and which words stand around a mention.
 *
 * @param text the text
 * @param title whether it is the title
 */
record Passage(String text, boolean title) {

	private static final String LIST_SEPARATORS = ",;/|&()[]-*+\u2022\u00b7";

	private static final Set<String> LIST_WORDS = Set.of("and", "or", "&", "&amp");

	/**
	 * The most words a list item on a line of its own has: "Retrofit, Room and Dagger".
	 */
	private static final int SHORT_LINE = 6;

	private static final Pattern LINK = Pattern.compile("(?i)(://|^www\\.|^/\\w+/|@|\\.(com|org|net|io|dev|co)(/|$))");

	private static final int COMPANY_WORDS_BACK = 20;

	private static final Set<String> COMPANY_NOUNS = Set.of("customers", "clients", "competitors", "investors",
			"partners", "brands", "logos", "backers");

	private static final Set<String> COMPANY_VERBS = Set.of("include", "including", "includes", "like", "such", "are",
			"range");

	private static final Set<String> COMPANY_PARTICIPLES = Set.of("trusted", "funded", "loved", "chosen");

	int length() {
		return text.length();
	}

	char charAt(int index) {
		return text.charAt(index);
	}

	/**
	 * Whether a name may start here: not inside a word, and not right after a dot inside
	 * a name, so that "js" does not start in "Node.js".
	 */
	boolean isStart(int index) {
		if (index == 0) {
			return true;
		}
		char previous = text.charAt(index - 1);
		if (isWordChar(previous)) {
			return false;
		}
		return !(previous == '.' && index >= 2 && isWordChar(text.charAt(index - 2)));
	}

	/**
	 * Where a name that ends before {@code index} ends, or -1 when it would end inside a
	 * word: "Java" ends nowhere in "JavaScript", "C" nowhere in "C++" or "C#". Names that
	 * end in a symbol may carry a version: "C++17".
	 */
	int endAt(int index, char last) {
		int end = index;
		if (last == '+' || last == '#') {
			while (end < text.length() && Character.isDigit(text.charAt(end))) {
				end++;
			}
		}
		if (end == text.length()) {
			return end;
		}
		char next = text.charAt(end);
		// "Celery+RabbitMQ" joins two names; "C++" and "C#" are one
		boolean joined = next == '+' && Character.isLetterOrDigit(last) && end + 1 < text.length()
				&& Character.isLetter(text.charAt(end + 1));
		if (isWordChar(next) || (next == '+' && !joined) || next == '#') {
			return -1;
		}
		if (next == '.' && end + 1 < text.length() && isWordChar(text.charAt(end + 1))) {
			return -1;
		}
		return end;
	}

	/**
	 * Up to {@code count} lowercase words before {@code index}, nearest first, within the
	 * same sentence.
	 */
	List<String> wordsBefore(int index, int count) {
		List<String> words = new ArrayList<>(count);
		for (int[] word : spansBefore(index, count)) {
			words.add(word(word));
		}
		return words;
	}

	/**
	 * Up to {@code count} lowercase words after {@code index}, in reading order, within
	 * the same sentence.
	 */
	List<String> wordsAfter(int index, int count) {
		List<String> words = new ArrayList<>(count);
		for (int[] word : spansAfter(index, count)) {
			words.add(word(word));
		}
		return words;
	}

	/**
	 * The start and end of up to {@code count} words before {@code index}, nearest first.
	 */
	List<int[]> spansBefore(int index, int count) {
		List<int[]> spans = new ArrayList<>(count);
		int i = index - 1;
		int newlines = 0;
		while (i >= 0 && spans.size() < count) {
			char c = text.charAt(i);
			if (isWordChar(c)) {
				int end = i + 1;
				while (i >= 0 && isWordChar(text.charAt(i))) {
					i--;
				}
				spans.add(new int[] { i + 1, end });
				newlines = 0;
			}
			else {
				if (c == '\n' && ++newlines > 1 || endsSentence(i)) {
					break;
				}
				i--;
			}
		}
		return spans;
	}

	/**
	 * The start and end of up to {@code count} words after {@code index}, in reading
	 * order.
	 */
	List<int[]> spansAfter(int index, int count) {
		List<int[]> spans = new ArrayList<>(count);
		int i = index;
		int newlines = 0;
		while (i < text.length() && spans.size() < count) {
			char c = text.charAt(i);
			if (isWordChar(c)) {
				int start = i;
				while (i < text.length() && isWordChar(text.charAt(i))) {
					i++;
				}
				spans.add(new int[] { start, i });
				newlines = 0;
			}
			else {
				if (c == '\n' && ++newlines > 1 || endsSentence(i)) {
					break;
				}
				i++;
			}
		}
		return spans;
	}

	/**
	 * Whether only list punctuation, "and" or "or" stand between two positions, as in
	 * "Go, PostgreSQL and Kafka" or "- Go\n- Kafka". Names with nothing but spaces
	 * between them ("Redis pub/sub") make a list only when {@code spacesAreEnough}.
	 */
	boolean onlyListBetween(int from, int to, boolean spacesAreEnough) {
		int newlines = 0;
		boolean words = false;
		boolean marked = spacesAreEnough;
		int i = from;
		while (i < to) {
			char c = text.charAt(i);
			if (isWordChar(c)) {
				int start = i;
				while (i < to && isWordChar(text.charAt(i))) {
					i++;
				}
				String word = text.substring(start, i).toLowerCase(Locale.ROOT);
				if (!LIST_WORDS.contains(word)) {
					return false;
				}
				// "Terraform &amp; Ansible", HTML left in the text
				if (word.equals("&amp") && i < to && text.charAt(i) == ';') {
					i++;
				}
				words = true;
				marked = true;
				continue;
			}
			if (c == '\n') {
				newlines++;
			}
			if (!Character.isWhitespace(c) && LIST_SEPARATORS.indexOf(c) < 0) {
				return false;
			}
			marked |= c != ' ';
			i++;
		}
		// Items on lines of their own may stand apart by blank lines; paragraphs may not
		return marked && (newlines < 2 || (!words && shortLine(from - 1) && shortLine(to)));
	}

	// Whether the line around the position is a short one, as a list item is
	private boolean shortLine(int index) {
		int start = text.lastIndexOf('\n', Math.max(index, 0)) + 1;
		int end = text.indexOf('\n', Math.min(index, text.length()));
		String line = text.substring(start, (end < 0) ? text.length() : end).trim();
		return !line.isEmpty() && line.split("\\s+").length <= SHORT_LINE;
	}

	/**
	 * Whether the span is part of a link, a path or an address, as "haskell" and "r" in
	 * "/r/haskell" or "go" in "github.com/acme/go-kit", rather than a word of the text.
	 */
	boolean inLink(int start, int end) {
		int from = start;
		while (from > 0 && !endsToken(text.charAt(from - 1))) {
			from--;
		}
		int to = end;
		while (to < text.length() && !endsToken(text.charAt(to))) {
			to++;
		}
		while (to > end && ".,;:!?".indexOf(text.charAt(to - 1)) >= 0) {
			to--;
		}
		return (from < start || to > end) && LINK.matcher(text.substring(from, to)).find();
	}

	private static boolean endsToken(char c) {
		return Character.isWhitespace(c) || "<>()[]\"'`".indexOf(c) >= 0;
	}

	/**
	 * Whether the position follows words that name companies rather than ask for skills,
	 * in the same sentence: "our customers include GitHub", "competitors such as
	 * Datadog", "backed by".
	 */
	boolean namesCompanies(int index) {
		List<String> words = wordsBefore(index, COMPANY_WORDS_BACK);
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			String next = (i > 0) ? words.get(i - 1) : "";
			if (COMPANY_NOUNS.contains(word) && (COMPANY_VERBS.contains(next) || word.equals("competitors"))) {
				return true;
			}
			if (next.equals("by") && COMPANY_PARTICIPLES.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the span stands alone in a segment of a title, as "Go" in "Backend Engineer
	 * (Go)" or "Senior Engineer, Rust".
	 */
	boolean standsAlone(int start, int end) {
		int before = start - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		int after = end;
		while (after < text.length() && text.charAt(after) == ' ') {
			after++;
		}
		return (before < 0 || opensSegment(text.charAt(before), before < start - 1))
				&& (after == text.length() || closesSegment(text.charAt(after), after > end));
	}

	// A hyphen separates segments only with spaces around it: "Engineer - Go", not
	// "Go-To"
	private static boolean opensSegment(char c, boolean spaced) {
		return "([,|:\u2013\u2014".indexOf(c) >= 0 || (c == '-' && spaced);
	}

	private static boolean closesSegment(char c, boolean spaced) {
		return ")],|\u2013\u2014".indexOf(c) >= 0 || (c == '-' && spaced);
	}

	/**
	 * Whether a version number such as "1.22" follows the position.
	 */
	boolean versionAfter(int index) {
		int i = index;
		if (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		int digits = i;
		while (i < text.length() && Character.isDigit(text.charAt(i))) {
			i++;
		}
		return i > digits && i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1));
	}

	/**
	 * Whether a year such as "2026" follows the position.
	 */
	boolean yearAfter(int index) {
		List<int[]> next = spansAfter(index, 1);
		if (next.isEmpty() || next.get(0)[1] - next.get(0)[0] != 4) {
			return false;
		}
		int start = next.get(0)[0];
		for (int i = start; i < start + 4; i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return text.startsWith("19", start) || text.startsWith("20", start);
	}

	/**
	 * Whether the word at the span is the given lowercase word, ignoring case.
	 */
	boolean isWord(int[] span, String word) {
		return span[1] - span[0] == word.length() && text.regionMatches(true, span[0], word, 0, word.length());
	}

	private String word(int[] span) {
		return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
	}

	private boolean endsSentence(int index) {
		char c = text.charAt(index);
		if (c == '!' || c == '?' || c == ';') {
			return true;
		}
		return c == '.' && (index + 1 == text.length() || Character.isWhitespace(text.charAt(index + 1)));
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '&';
	}

}
