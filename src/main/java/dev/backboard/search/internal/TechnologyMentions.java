package dev.backboard.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * The technologies a text names as written: one slug per time it writes one of a skill's
 * names that is not also an ordinary word ("Spring Boot", "k8s", "C++"; not "go" or
 * "spring"), word for word as the {@code exact} analysis leaves them. Indexed as words,
 * so that a search for a technology with a name of several words is a term query rather
 * than a phrase query per name. With norms, as the text's words had: a title that names
 * only that technology ranks above one that names it among others.
 * <p>
 * The index holds what the taxonomy said when a job was indexed: a change to the
 * taxonomy's names changes {@link #FINGERPRINT}, which the index's version includes.
 */
final class TechnologyMentions implements ValueBridge<String, String> {

	static final TechnologyMentions INSTANCE = new TechnologyMentions(new Taxonomy());

	/**
	 * Of the names and what they are analysed into, so that a change rebuilds the index.
	 */
	static final String FINGERPRINT = INSTANCE.fingerprint();

	/** By first word, the names that start with it. */
	private final Map<String, List<Name>> byFirstWord;

	TechnologyMentions(Taxonomy taxonomy) {
		Map<String, Set<Name>> names = new HashMap<>();
		for (Skill skill : taxonomy.everySkill()) {
			skill.forms().stream().filter(form -> !taxonomy.isAmbiguous(form)).forEach(form -> {
				List<String> words = Arrays.asList(TextAnalysis.exact(form).positions());
				if (!words.isEmpty()) {
					names.computeIfAbsent(words.get(0), first -> new LinkedHashSet<>())
						.add(new Name(skill.slug(), words));
				}
			});
		}
		this.byFirstWord = new HashMap<>();
		names.forEach((first, starting) -> byFirstWord.put(first, List.copyOf(starting)));
	}

	/** The slugs of the technologies the text names, once per time it names one. */
	List<String> in(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String[] words = TextAnalysis.exact(text).positions();
		List<String> slugs = new ArrayList<>();
		for (int at = 0; at < words.length; at++) {
			List<Name> names = words[at] == null ? null : byFirstWord.get(words[at]);
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
		List<String> slugs = in(text);
		return slugs.isEmpty() ? null : String.join(" ", slugs);
	}

	private String fingerprint() {
		StringBuilder names = new StringBuilder();
		byFirstWord.values()
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
