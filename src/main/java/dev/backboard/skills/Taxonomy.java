package dev.backboard.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The technologies Backboard knows, read once from {@code taxonomy.tsv}.
 */
@Component
public class Taxonomy {

	private final List<Skill> skills;

	private final Map<String, Skill> bySlug = new HashMap<>();

	private final Map<String, Skill> byName = new HashMap<>();

	public Taxonomy() {
		this.skills = Collections.unmodifiableList(read());
		for (Skill skill : skills) {
			bySlug.put(skill.slug(), skill);
			byName.putIfAbsent(key(skill.slug()), skill);
			byName.putIfAbsent(key(skill.name()), skill);
			skill.aliases().forEach(alias -> byName.putIfAbsent(key(alias), skill));
		}
	}

	public List<Skill> all() {
		return skills;
	}

	public Optional<Skill> bySlug(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	/**
	 * Finds a skill by its slug, name or one of its aliases, ignoring case: "golang",
	 * "Go" and "go" all find Go.
	 */
	public Optional<Skill> resolve(String nameOrAlias) {
		return Optional.ofNullable(byName.get(key(nameOrAlias)));
	}

	private static String key(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	private static List<Skill> read() {
		List<Skill> skills = new ArrayList<>();
		ClassPathResource resource = new ClassPathResource("taxonomy.tsv", Taxonomy.class);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				List<String> aliases = cells[3].isBlank() ? List.of()
						: Arrays.stream(cells[3].split(",")).map(String::trim).toList();
				skills.add(new Skill(cells[0], cells[1], SkillCategory.valueOf(cells[2]), aliases));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the skills taxonomy", ex);
		}
		return skills;
	}

}
