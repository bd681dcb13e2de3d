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
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads {@code taxonomy.tsv}; its header says what each column means.
 */
final class TaxonomyFile {

	private static final int COLUMNS = 9;

	private TaxonomyFile() {
	}

	static List<SkillRules> read() {
		List<SkillRules> rows = new ArrayList<>();
		ClassPathResource resource = new ClassPathResource("taxonomy.tsv", Taxonomy.class);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(parse(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the skills taxonomy", ex);
		}
		return rows;
	}

	static SkillRules parse(String line) {
		String[] cells = new String[COLUMNS];
		Arrays.fill(cells, "");
		String[] read = line.split("\t", -1);
		System.arraycopy(read, 0, cells, 0, Math.min(read.length, COLUMNS));
		Skill skill = new Skill(cells[0], cells[1], SkillCategory.valueOf(cells[2]), list(cells[3]));
		List<String> ambiguous = list(cells[4]);
		Evidence evidence = Evidence.parse(cells[5]);
		if (ambiguous.isEmpty() != (evidence == Evidence.NONE)) {
			throw new IllegalStateException(skill.slug() + ": ambiguous forms and evidence go together");
		}
		Set<String> forms = skill.forms().stream().map(Term::keyOf).collect(Collectors.toSet());
		for (String form : ambiguous) {
			if (!forms.contains(Term.keyOf(form))) {
				throw new IllegalStateException(skill.slug() + ": " + form + " is not one of its names");
			}
		}
		Set<String> cues = list(cells[6]).stream()
			.map((cue) -> cue.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<Veto> vetoes = list(cells[7]).stream().map(Veto::parse).toList();
		return new SkillRules(skill, evidence, ambiguous, cues, vetoes);
	}

	private static List<String> list(String cell) {
		if (cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).toList();
	}

}
