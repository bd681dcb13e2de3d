package dev.backboard.skills;

import java.util.List;
import java.util.stream.Stream;

/**
 * A technology of the taxonomy.
 *
 * @param slug the stable key used in URLs, filters and the index ("postgresql")
 * @param name the display name ("PostgreSQL")
 * @param category its shelf
 * @param aliases other names people write for it ("postgres", "psql")
 * @param kind whether it is a technology or a practice: the practices are the skills of
 * the {@link SkillCategory#PRACTICE} category
 */
public record Skill(String slug, String name, SkillCategory category, List<String> aliases, SkillKind kind) {

	public Skill {
		aliases = List.copyOf(aliases);
	}

	/**
	 * The name and the aliases: the forms a posting may write.
	 */
	public List<String> forms() {
		return Stream.concat(Stream.of(name), aliases.stream()).toList();
	}

}
