package dev.backboard.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * Finds the skill a misspelled search term meant. A typo rarely hits the first letter, so
 * a correction keeps it; and words from {@code ordinary-words.txt} are never taken for
 * typos.
 */
final class Typos {

	private static final int SHORTEST_TERM = 4;

	private static final int LONG_TERM = 8;

	private static final int LONG_IN_TEXT = 6;

	private final List<Candidate> candidates = new ArrayList<>();

	private final Set<String> ordinaryWords = readOrdinaryWords();

	Typos(List<SkillRules> rows) {
		for (SkillRules rules : rows) {
			// an ambiguous form is an ordinary word too: "makes" is no typo for Make
			Set<String> ambiguous = new HashSet<>();
			rules.ambiguous().forEach((form) -> ambiguous.add(Term.keyOf(form)));
			Set<String> keys = new HashSet<>();
			keys.add(Term.keyOf(rules.skill().slug()));
			rules.skill().forms().forEach((form) -> keys.add(Term.keyOf(form)));
			keys.removeAll(ambiguous);
			keys.forEach((key) -> candidates.add(new Candidate(key, rules)));
		}
	}

	/**
	 * The skill a word of a posting that names none may still mean: a misspelling with
	 * one letter wrong ("MogoDB") or a name with "-er" ("Golanger"). Only words of 6
	 * letters or more with a capital letter qualify, as names are written, and the
	 * correction must be a name of 6 letters or more, so that ordinary words stay
	 * ordinary.
	 */
	Optional<SkillRules> inText(String word) {
		String key = word.toLowerCase(Locale.ROOT);
		if (key.length() < LONG_IN_TEXT || key.equals(word) || !key.chars().allMatch(Character::isLetterOrDigit)
				|| ordinaryWords.contains(key)) {
			return Optional.empty();
		}
		String stem = key.endsWith("ers") ? key.substring(0, key.length() - 3)
				: key.endsWith("er") ? key.substring(0, key.length() - 2) : key;
		Comparator<Candidate> shortest = Comparator.comparingInt((candidate) -> candidate.key().length());
		return candidates.stream()
			.filter((candidate) -> candidate.key().length() >= LONG_IN_TEXT
					&& candidate.key().charAt(0) == key.charAt(0))
			.filter((candidate) -> candidate.key().equals(stem)
					|| (Math.abs(candidate.key().length() - key.length()) <= 1 && distance(key, candidate.key()) == 1))
			.min(shortest)
			.map(Candidate::rules);
	}

	Optional<Skill> closest(String term) {
		if (term.codePoints().filter(Character::isLetter).count() < SHORTEST_TERM || ordinaryWords.contains(term)) {
			return Optional.empty();
		}
		int allowed = (term.length() >= LONG_TERM) ? 2 : 1;
		Comparator<Match> best = Comparator.comparingInt(Match::distance)
			.thenComparingInt((match) -> match.skill().name().length())
			.thenComparing((match) -> match.skill().slug());
		return candidates.stream()
			.filter((candidate) -> candidate.key().charAt(0) == term.charAt(0))
			.filter((candidate) -> Math.abs(candidate.key().length() - term.length()) <= allowed)
			.map((candidate) -> new Match(candidate.rules().skill(), distance(term, candidate.key())))
			.filter((match) -> match.distance() <= allowed)
			.min(best)
			.map(Match::skill);
	}

	/**
	 * The Damerau-Levenshtein distance (optimal string alignment): insertions, deletions,
	 * substitutions and swaps of two neighbours each cost one.
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static Set<String> readOrdinaryWords() {
		Set<String> words = new HashSet<>();
		ClassPathResource resource = new ClassPathResource("ordinary-words.txt", Typos.class);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map(String::trim)
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the ordinary words", ex);
		}
		return words;
	}

	private record Candidate(String key, SkillRules rules) {
	}

	private record Match(Skill skill, int distance) {
	}

}
