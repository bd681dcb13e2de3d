package dev.backboard.skills;

import java.util.List;
import java.util.Set;

/**
 * What the words around one mention say about it, whatever the other mentions are.
 */
final class Context {

	/**
	 * Words that, right after a form, make it a technology: "Go developer", "Rust
	 * services".
	 */
	private static final Set<String> ROLE_WORDS = Set.of("developer", "developers", "engineer", "engineers",
			"engineering", "programmer", "programmers", "programming", "dev", "devs", "backend", "code", "codebase",
			"codebases", "service", "services", "microservice", "microservices", "app", "apps", "application",
			"applications", "api", "apis", "stack", "framework", "library", "libraries", "ecosystem", "sdk", "runtime",
			"experience", "expertise", "skills", "knowledge", "proficiency", "development", "monolith", "server",
			"servers", "project", "projects", "module", "modules", "package", "packages", "tooling", "toolchain",
			"language", "community", "expert", "experts", "based", "architect", "architects", "cli");

	/**
	 * Words that, right before a form, make it a technology: "written in Go", "using
	 * Rust".
	 */
	private static final Set<String> SKILL_WORDS = Set.of("using", "use", "uses", "used", "written", "write", "writes",
			"writing", "built", "build", "builds", "building", "experience", "experienced", "expertise", "proficiency",
			"proficient", "knowledge", "fluency", "fluent", "familiarity", "familiar", "skilled", "background",
			"coding", "programming", "develop", "developing", "know", "knows", "love", "loves", "adopting", "adopted",
			"migrating", "migrate", "migrated", "moving", "switching", "porting", "rewriting", "rewritten", "rewrite",
			"mastery", "expert", "deploy", "deploying", "deployed");

	private static final Set<String> PREPOSITIONS = Set.of("in", "with", "of", "to", "on");

	/** How many words around a form NEAR evidence looks at. */
	static final int WINDOW = 3;

	private Context() {
	}

	/**
	 * Whether a veto of the skill matches, or an ambiguous form is followed by a year:
	 * "Spring 2026" is a season, and no technology is followed by a year.
	 */
	static boolean vetoed(Mention mention) {
		Passage passage = mention.passage();
		List<Veto> vetoes = mention.rules().vetoes();
		if (!vetoes.isEmpty()) {
			int before = 0;
			int after = 0;
			for (Veto veto : vetoes) {
				before = Math.max(before, veto.before().size());
				after = Math.max(after, veto.after().size());
			}
			List<int[]> preceding = passage.spansBefore(mention.start(), before);
			List<int[]> following = passage.spansAfter(mention.end(), after);
			for (Veto veto : vetoes) {
				if (veto.matches(passage, preceding, following)) {
					return true;
				}
			}
		}
		return mention.term().evidence() != Evidence.NONE && passage.yearAfter(mention.end());
	}

	/**
	 * Whether the words next to an ambiguous mention show it is the technology.
	 */
	static boolean supports(Mention mention, boolean canonical) {
		boolean near = mention.term().evidence() == Evidence.NEAR;
		Passage passage = mention.passage();
		if ((canonical || near) && cueNextTo(mention)) {
			return true;
		}
		if (canonical && (roleWordAfter(mention) || skillWordsBefore(mention, near))) {
			return true;
		}
		return near && canonical && (passage.versionAfter(mention.end()) || cueAround(mention)
				|| (passage.title() && passage.standsAlone(mention.start(), mention.end())));
	}

	/**
	 * Whether one of the skill's cues stands next to the mention, perhaps past a
	 * preposition: "Helm charts", "traces in Tempo", "Athena on AWS".
	 */
	private static boolean cueNextTo(Mention mention) {
		Set<String> cues = mention.rules().cues();
		if (cues.isEmpty()) {
			return false;
		}
		Passage passage = mention.passage();
		return cues.contains(pastPreposition(passage.wordsBefore(mention.start(), 2)))
				|| cues.contains(pastPreposition(passage.wordsAfter(mention.end(), 2)));
	}

	// The nearest word, or the one past it when the nearest is a preposition
	private static String pastPreposition(List<String> words) {
		if (words.isEmpty()) {
			return "";
		}
		return (PREPOSITIONS.contains(words.get(0)) && words.size() > 1) ? words.get(1) : words.get(0);
	}

	private static boolean cueAround(Mention mention) {
		Set<String> cues = mention.rules().cues();
		Passage passage = mention.passage();
		return !cues.isEmpty() && (passage.wordsBefore(mention.start(), WINDOW).stream().anyMatch(cues::contains)
				|| passage.wordsAfter(mention.end(), WINDOW).stream().anyMatch(cues::contains));
	}

	private static boolean roleWordAfter(Mention mention) {
		List<String> after = mention.passage().wordsAfter(mention.end(), 1);
		return !after.isEmpty() && ROLE_WORDS.contains(after.get(0));
	}

	/**
	 * Whether words that call for a technology stand before the mention: "using Go",
	 * "experience with Rust", and for a NEAR form also a role word past a preposition:
	 * "services in Go".
	 */
	private static boolean skillWordsBefore(Mention mention, boolean near) {
		List<String> before = mention.passage().wordsBefore(mention.start(), 2);
		if (before.isEmpty()) {
			return false;
		}
		if (SKILL_WORDS.contains(before.get(0))) {
			return true;
		}
		return before.size() == 2 && PREPOSITIONS.contains(before.get(0))
				&& (SKILL_WORDS.contains(before.get(1)) || (near && ROLE_WORDS.contains(before.get(1))));
	}

}
