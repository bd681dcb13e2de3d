package dev.backboard.skills;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Finds the technologies a posting mentions.
 * <p>
 * The title and the text are each read once against a trie of every name and alias. Names
 * match on word boundaries, so "Java" is not found in "JavaScript", nor "C" in "C++", and
 * the longest name wins: "Spring Boot" is reported as Spring Boot alone, not also as
 * Spring, and "ASP.NET Core" as ASP.NET Core, not also as .NET. Names that are also
 * ordinary words ("Go", "Rust", "Spring", "Chef") count only with the evidence the
 * taxonomy asks for: their canonical case and a cue, a role word or another technology
 * next to them, as in "Senior Go Engineer" or "Go, PostgreSQL and Kafka".
 */
@Component
public class SkillExtractor {

	private final Dictionary dictionary;

	private final Taxonomy taxonomy;

	public SkillExtractor(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.dictionary = new Dictionary(taxonomy.terms());
	}

	/**
	 * The slugs of the skills that a posting's title and text mention, in order of first
	 * mention.
	 */
	public Set<String> extract(String title, String text) {
		List<Mention> mentions = new ArrayList<>();
		scan(new Passage(title, true), mentions);
		scan(new Passage(text, false), mentions);
		boolean[] counts = Disambiguation.decide(mentions, Role.other(title));
		Set<String> found = new LinkedHashSet<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i]) {
				mentions.get(i).rules().found().forEach((skill) -> found.add(skill.slug()));
			}
		}
		return found;
	}

	private Optional<Mention> misspelt(Passage passage, int start, int end) {
		String word = passage.text().substring(start, end);
		return taxonomy.misspeltInText(word)
			.map((rules) -> new Mention(new Term(Term.keyOf(word), null, rules), passage, start, end));
	}

	private void scan(Passage passage, List<Mention> mentions) {
		int i = 0;
		int length = passage.length();
		while (i < length) {
			Mention mention = passage.isStart(i) ? dictionary.longestAt(passage, i) : null;
			if (mention != null) {
				mentions.add(mention);
				i = mention.end();
			}
			else if (Passage.isWordChar(passage.charAt(i))) {
				// no name starts inside a word
				int start = i;
				do {
					i++;
				}
				while (i < length && Passage.isWordChar(passage.charAt(i)));
				if (passage.isStart(start) && passage.endAt(i, passage.charAt(i - 1)) == i) {
					misspelt(passage, start, i).ifPresent(mentions::add);
				}
			}
			else {
				i++;
			}
		}
	}

}
