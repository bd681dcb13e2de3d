package dev.backboard.skills;

import java.util.List;
import java.util.Set;

/**
 * How to tell a skill's ambiguous forms from ordinary words, as read from the taxonomy.
 *
 * @param skill the skill
 * @param evidence what its ambiguous forms need
 * @param ambiguous its ambiguous forms, in their canonical case
 * @param cues lowercase words that, near an ambiguous form, show it is this skill
 * @param vetoes contexts that show a form is not this skill
 * @param components for a stack ("MEAN"), the skills a mention stands for; empty for a
 * skill, which stands for itself
 * @param rare whether pickers and suggestions leave the skill out
 */
record SkillRules(Skill skill, Evidence evidence, List<String> ambiguous, Set<String> cues, List<Veto> vetoes,
		List<Skill> components, boolean rare) {

	SkillRules {
		ambiguous = List.copyOf(ambiguous);
		cues = Set.copyOf(cues);
		vetoes = List.copyOf(vetoes);
		components = List.copyOf(components);
	}

	SkillRules asRare() {
		return new SkillRules(skill, evidence, ambiguous, cues, vetoes, components, true);
	}

	/** The skills that a mention that counts adds to a posting. */
	List<Skill> found() {
		return components.isEmpty() ? List.of(skill) : components;
	}

}
