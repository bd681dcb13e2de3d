package dev.backboard.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads {@code taxonomy.tsv} and {@code stacks.tsv}; their headers say what each column
 * means.
 */
final class TaxonomyFile {

	private static final int COLUMNS = 10;

	private static final int STACK_COLUMNS = 5;

	private TaxonomyFile() {
	}

	static List<SkillRules> read() {
		return lines("taxonomy.tsv").stream().map(TaxonomyFile::parse).toList();
	}

	/**
	 * Reads {@code stacks.tsv}: acronyms such as "MEAN" that stand for several skills.
	 * @param skills the skills of the taxonomy, by slug
	 */
	static List<SkillRules> readStacks(Map<String, Skill> skills) {
		return lines("stacks.tsv").stream().map((line) -> parseStack(line, skills)).toList();
	}

	static SkillRules parseStack(String line, Map<String, Skill> skills) {
		String[] cells = cells(line, STACK_COLUMNS);
		List<Skill> components = list(cells[4]).stream().map((slug) -> {
			Skill component = skills.get(slug);
			if (component == null) {
				throw new IllegalStateException(cells[0] + ": no skill " + slug);
			}
			return component;
		}).toList();
		// a stack is no skill of its own: only its components are ever found or shown
		Skill stack = new Skill(Term.keyOf(cells[0]).replace(' ', '-'), cells[0], SkillCategory.TOOL, list(cells[1]),
				SkillKind.TECHNOLOGY);
		return rules(stack, list(cells[2]), cells[3], "", "", components);
	}

	private static List<String> lines(String file) {
		ClassPathResource resource = new ClassPathResource(file, Taxonomy.class);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static String[] cells(String line, int columns) {
		String[] cells = new String[columns];
		Arrays.fill(cells, "");
		String[] read = line.split("\t", -1);
		System.arraycopy(read, 0, cells, 0, Math.min(read.length, columns));
		return cells;
	}

	static SkillRules parse(String line) {
		String[] cells = cells(line, COLUMNS);
		SkillCategory category = SkillCategory.valueOf(cells[2]);
		SkillKind kind = (category == SkillCategory.PRACTICE) ? SkillKind.PRACTICE : SkillKind.TECHNOLOGY;
		Skill skill = new Skill(cells[0], cells[1], category, list(cells[3]), kind);
		SkillRules rules = rules(skill, list(cells[4]), cells[5], cells[6], cells[7], List.of());
		return cells[9].isBlank() ? rules : rules.asRare();
	}

	private static SkillRules rules(Skill skill, List<String> ambiguous, String evidenceCell, String cuesCell,
			String vetoesCell, List<Skill> components) {
		Evidence evidence = Evidence.parse(evidenceCell);
		if (ambiguous.isEmpty() != (evidence == Evidence.NONE)) {
			throw new IllegalStateException(skill.slug() + ": ambiguous forms and evidence go together");
		}
		Set<String> forms = skill.forms().stream().map(Term::keyOf).collect(Collectors.toSet());
		for (String form : ambiguous) {
			if (!forms.contains(Term.keyOf(form))) {
				throw new IllegalStateException(skill.slug() + ": " + form + " is not one of its names");
			}
		}
		Set<String> cues = list(cuesCell).stream()
			.map((cue) -> cue.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<Veto> vetoes = list(vetoesCell).stream().map(Veto::parse).toList();
		return new SkillRules(skill, evidence, ambiguous, cues, vetoes, components, false);
	}

	private static List<String> list(String cell) {
		if (cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).toList();
	}

}
