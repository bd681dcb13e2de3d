package dev.backboard.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * The technologies a text names as written: one entry per time it writes one of a skill's
 * names that is not also an ordinary word ("Spring Boot", "k8s", "C++"; not "go" or
 * "spring"), word for word as the {@code exact} analysis leaves them. Indexed as words
 * ({@link #token(String)}), so that a search for a technology with a name of several
 * words is a term query rather than a phrase query per name.
 * <p>
 * Scored as words: a text that names the technology more often ranks higher. A title's
 * entry keeps the title's words beside it, so that its length counts as it did when the
 * names were phrases: "Python Developer" ranks above "Data Engineer (Python, Airflow)"
 * for "python". A description's is indexed alone (its words would double the index's
 * postings).
 * <p>
 * The index holds what the taxonomy said when a job was indexed: a change to its names
 * changes {@link #FINGERPRINT}, which a test pins to the mapping version.
 */
final class TechnologyMentions implements ValueBridge<String, String> {

	/** By first word, the names that start with it. */
	private static final Map<String, List<Name>> NAMES = names(new Taxonomy());

	/** Of the names and the words they are analysed into. */
	static final String FINGERPRINT = fingerprint();

	/** The title's words and its entries. */
	static final TechnologyMentions WITH_WORDS = new TechnologyMentions(true);

	/** The description's entries alone. */
	static final TechnologyMentions ALONE = new TechnologyMentions(false);

	private final boolean withWords;

	private TechnologyMentions(boolean withWords) {
		this.withWords = withWords;
	}

	/** The indexed word for a mention of the skill: never one of the text's own words. */
	static String token(String slug) {
		return "@" + slug;
	}

	private static Map<String, List<Name>> names(Taxonomy taxonomy) {
		Map<String, Set<Name>> names = new HashMap<>();
		for (Skill skill : taxonomy.everySkill()) {
			taxonomy.unambiguousForms(skill).forEach(form -> {
				List<String> words = Arrays.asList(TextAnalysis.exact(form).positions());
				if (!words.isEmpty()) {
					names.computeIfAbsent(words.get(0), first -> new LinkedHashSet<>())
						.add(new Name(skill.slug(), words));
				}
			});
		}
		Map<String, List<Name>> byFirstWord = new HashMap<>();
		names.forEach((first, starting) -> byFirstWord.put(first, List.copyOf(starting)));
		return byFirstWord;
	}

	/** The slugs of the technologies the text names, once per time it names one. */
	static List<String> in(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return in(TextAnalysis.exact(text).positions());
	}

	private static List<String> in(String[] words) {
		List<String> slugs = new ArrayList<>();
		for (int at = 0; at < words.length; at++) {
			List<Name> names = words[at] == null ? null : NAMES.get(words[at]);
			if (names != null) {
				for (Name name : names) {
					if (name.standsAt(words, at)) {
						slugs.add(name.slug());
					}
				}
			}
		}
		return slugs;
	}

	@Override
	public @Nullable String toIndexedValue(@Nullable String text, ValueBridgeToIndexedValueContext context) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] words = TextAnalysis.exact(text).positions();
		List<String> slugs = in(words);
		if (slugs.isEmpty()) {
			return null;
		}
		StringJoiner indexed = new StringJoiner(" ");
		if (withWords) {
			Arrays.stream(words).filter(word -> word != null).forEach(indexed::add);
		}
		slugs.forEach(slug -> indexed.add(token(slug)));
		return indexed.toString();
	}

	private static String fingerprint() {
		StringBuilder names = new StringBuilder();
		NAMES.values()
			.stream()
			.flatMap(List::stream)
			.map(name -> name.slug() + "=" + String.join(" ", name.words()))
			.sorted()
			.forEach(name -> names.append(name).append('\n'));
		return Integer.toHexString(names.toString().hashCode());
	}

	/** One of a skill's names, as the words it is analysed into. */
	private record Name(String slug, List<String> words) {

		boolean standsAt(String[] text, int at) {
			if (at + words.size() > text.length) {
				return false;
			}
			for (int i = 1; i < words.size(); i++) {
				if (!words.get(i).equals(text[at + i])) {
					return false;
				}
			}
			return true;
		}

	}

}
