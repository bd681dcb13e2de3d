package dev.backboard.skills;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Finds the technologies a posting mentions.
 */
@Component
public class SkillExtractor {

	private final Taxonomy taxonomy;

	public SkillExtractor(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/**
	 * The slugs of the skills that a posting's title and text mention, in order of first
	 * mention.
	 */
	public Set<String> extract(String title, String text) {
		Set<String> found = new LinkedHashSet<>();
		String all = (title + "\n" + text).toLowerCase(Locale.ROOT);
		for (Skill skill : taxonomy.all()) {
			if (all.contains(skill.name().toLowerCase(Locale.ROOT))) {
				found.add(skill.slug());
			}
		}
		return found;
	}

}
