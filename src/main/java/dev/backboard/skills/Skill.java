package dev.backboard.skills;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record Skill(@Schema(example = "postgresql") String slug, @Schema(example = "PostgreSQL") String name,
		SkillCategory category, @Schema(example = "[\"postgres\", \"psql\"]") List<String> aliases, SkillKind kind) {

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
