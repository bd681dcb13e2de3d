package dev.backboard.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The search box's little language: words, "quoted phrases", -exclusions, and OR between
 * two alternatives. Everything else is a plain word; no input is an error.
 *
 * @param groups clauses that must all match; each is a list of alternatives joined by OR
 * @param exclusions words and phrases that must not match
 */
public record QueryText(List<List<Clause>> groups, List<Clause> exclusions) {

	/**
	 * A word or a phrase.
	 */
	public record Clause(String text, boolean phrase) {
	}

	public static QueryText parse(String input) {
		List<List<Clause>> groups = new ArrayList<>();
		List<Clause> exclusions = new ArrayList<>();
		boolean or = false;
		int i = 0;
		while (i < input.length()) {
			char c = input.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean excluded = c == '-' && i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1));
			int start = excluded ? i + 1 : i;
			Clause clause;
			if (start < input.length() && input.charAt(start) == '"') {
				int end = input.indexOf('"', start + 1);
				end = end < 0 ? input.length() : end;
				clause = new Clause(input.substring(start + 1, end).strip(), true);
				i = end + 1;
			}
			else {
				int end = start;
				while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
					end++;
				}
				clause = new Clause(input.substring(start, end), false);
				i = end;
			}
			if (clause.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
				continue;
			}
			if (!clause.phrase() && !excluded && clause.text().equals("OR")) {
				or = !groups.isEmpty();
				continue;
			}
			if (excluded) {
				exclusions.add(clause);
			}
			else if (or) {
				groups.get(groups.size() - 1).add(clause);
			}
			else {
				groups.add(new ArrayList<>(List.of(clause)));
			}
			or = false;
		}
		return new QueryText(groups.stream().map(List::copyOf).toList(), List.copyOf(exclusions));
	}

	public boolean isEmpty() {
		return groups.isEmpty() && exclusions.isEmpty();
	}

}
