package dev.backboard.skills;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One written form of a skill, as the dictionary looks it up.
 *
 * @param key the form in lowercase, with runs of spaces and hyphens as one space
 * @param canonical for an ambiguous form, how it is written when it means the technology
 * ("Go"); {@code null} when the form needs no evidence
 * @param rules the rules of its skill
 */
record Term(String key, @Nullable String canonical, SkillRules rules) {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

	/**
	 * The lookup key of a written form: "Spring-Boot", "spring boot" and " Spring Boot"
	 * are one key.
	 */
	static String keyOf(String form) {
		return SEPARATORS.matcher(form.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/**
	 * What the form needs before it counts. A practice or field needs to be asked for,
	 * whatever its form: company blurbs name them in passing ("we use machine learning to
	 * rank").
	 */
	Evidence evidence() {
		if (rules.skill().kind() == SkillKind.PRACTICE) {
			return Evidence.PRACTICE;
		}
		return (canonical != null) ? rules.evidence() : Evidence.NONE;
	}

	Skill skill() {
		return rules.skill();
	}

}
