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
			"language", "community", "expert", "experts", "based", "architect", "architects", "cli", "shop");

	/**
	 * Words that, right before a form, make it a technology: "written in Go", "using
	 * Rust".
	 */
	private static final Set<String> SKILL_WORDS = Set.of("using", "use", "uses", "used", "written", "write", "writes",
			"writing", "built", "build", "builds", "building", "experience", "experienced", "expertise", "proficiency",
			"proficient", "knowledge", "fluency", "fluent", "familiarity", "familiar", "skilled", "background",
			"coding", "programming", "develop", "developing", "know", "knows", "love", "loves", "adopting", "adopted",
			"migrating", "migrate", "migrated", "moving", "switching", "porting", "rewriting", "rewritten", "rewrite",
			"mastery", "expert", "deploy", "deploying", "deployed", "done", "bit", "lot", "lots", "little", "mostly",
			"mainly", "entirely", "primarily", "managed", "automated", "provisioned", "configured", "orchestrated",
			"powered", "hosted", "run", "runs", "running", "years", "interest");

	/**
	 * Words that, right before a practice or a field, ask for it: "experience with TDD",
	 * "you know domain-driven design", "designing REST APIs". Unlike
	 * {@link #SKILL_WORDS}, not "use" nor "built": "we use machine learning to rank" says
	 * what a company does, not what the job asks.
	 */
	private static final Set<String> ASKING_WORDS = Set.of("experience", "experienced", "expertise", "proficiency",
			"proficient", "knowledge", "knowledgeable", "fluency", "fluent", "familiarity", "familiar", "skilled",
			"skills", "background", "understanding", "understand", "grasp", "know", "knows", "mastery", "expert",
			"strong", "solid", "deep", "practical", "practice", "practise", "practices", "practicing", "practising",
			"apply", "applying", "champion", "advocate", "passion", "passionate", "love", "enjoy", "comfortable",
			"interest", "interested", "build", "building", "design", "designing", "develop", "developing", "write",
			"writing", "implement", "implementing", "worked", "working", "drive", "driving", "lead", "leading",
			"improve", "improving", "own", "owning", "maintain", "maintaining", "serving", "training", "deploying",
			"value", "values", "valued", "basics", "fundamentals", "principles", "concepts", "care", "opinions",
			"grounding", "track");

	/**
	 * Words that ask for a practice only right before it: "you have built distributed
	 * systems", but not "built on microservices".
	 */
	private static final Set<String> ASKING_RIGHT_BEFORE = Set.of("built", "shipped", "scaled", "operated", "run",
			"ran");

	/**
	 * Words that, right after a practice or a field, show the job deals with it:
	 * "HIPAA-compliant services", "our SOC 2 and GDPR programs".
	 */
	private static final Set<String> PRACTICE_OBJECTS = Set.of("compliant", "compliance", "audit", "audits", "program",
			"programs", "pipeline", "pipelines", "practices", "principles", "patterns", "mindset", "culture",
			"certification", "roles", "role", "background", "engineer", "engineers", "engineering");

	private static final Set<String> REQUIREMENT_WORDS = Set.of("experience", "experienced", "expertise", "proficiency",
			"proficient", "knowledge", "familiarity", "familiar", "skills", "background", "understanding", "know",
			"comfortable", "fluent", "fluency");

	private static final Set<String> WORK = Set.of("work", "worked", "working");

	private static final Set<String> PREPOSITIONS = Set.of("in", "with", "of", "to", "on", "for");

	/** Prepositions and articles that may stand between an asking word and a practice. */
	private static final Set<String> PRACTICE_LINKS = Set.of("in", "with", "of", "to", "on", "for", "under", "the", "a",
			"an", "and", "about");

	/** How many words around a form NEAR evidence looks at. */
	static final int WINDOW = 3;

	private Context() {
	}

	/**
	 * Whether a veto of the skill matches, an ambiguous form is followed by a year
	 * ("Spring 2026" is a season, and no technology is followed by a year), or the
	 * mention is part of a link or of a list of customers or competitors.
	 */
	static boolean vetoed(Mention mention) {
		Passage passage = mention.passage();
		if (passage.inLink(mention.start(), mention.end()) || passage.namesCompanies(mention.start())) {
			return true;
		}
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
		Evidence evidence = mention.term().evidence();
		if (evidence == Evidence.PRACTICE) {
			return canonical && (mention.passage().title() || roleWordAfter(mention) || askedFor(mention)
					|| practiceObjectAfter(mention));
		}
		boolean near = evidence == Evidence.NEAR;
		Passage passage = mention.passage();
		if ((canonical || near) && cueNextTo(mention)) {
			return true;
		}
		if (canonical && (roleWordAfter(mention) || skillWordsBefore(mention, near))) {
			return true;
		}
		if (!canonical && calledForInLowercase(mention)) {
			return true;
		}
		return near && canonical && (passage.versionAfter(mention.end()) || cueAround(mention)
				|| roleWordAround(mention) || (passage.title() && passage.standsAlone(mention.start(), mention.end())));
	}

	/**
	 * Whether the words before a mention make it a requirement: "experience with Kafka",
	 * "knowledge of SQL". For postings where naming a technology is not asking for it.
	 */
	static boolean required(Mention mention) {
		for (String word : mention.passage().wordsBefore(mention.start(), WINDOW)) {
			if (REQUIREMENT_WORDS.contains(word)) {
				return true;
			}
			if (!PRACTICE_LINKS.contains(word)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether a word that asks for a practice stands before it, perhaps past prepositions
	 * and articles: "experience with TDD", "you know the OWASP Top 10".
	 */
	private static boolean askedFor(Mention mention) {
		List<String> before = mention.passage().wordsBefore(mention.start(), WINDOW);
		if (!before.isEmpty() && ASKING_RIGHT_BEFORE.contains(before.get(0))) {
			return true;
		}
		// "design public REST APIs": one word may stand between
		if (before.size() > 1 && ASKING_WORDS.contains(before.get(1)) && !PRACTICE_LINKS.contains(before.get(0))) {
			return true;
		}
		for (int i = 0; i < before.size(); i++) {
			String word = before.get(i);
			// "work with LLMs", but not "work in an Agile way"
			if (ASKING_WORDS.contains(word) || (WORK.contains(word) && i > 0 && before.get(i - 1).equals("with"))) {
				return true;
			}
			if (!PRACTICE_LINKS.contains(word)) {
				return false;
			}
		}
		return false;
	}

	private static boolean practiceObjectAfter(Mention mention) {
		List<String> after = mention.passage().wordsAfter(mention.end(), 1);
		return !after.isEmpty() && PRACTICE_OBJECTS.contains(after.get(0));
	}

	/**
	 * Whether a role word stands a few words before a NEAR form in the same sentence:
	 * "most of our services are done in Go".
	 */
	private static boolean roleWordAround(Mention mention) {
		return mention.passage().wordsBefore(mention.start(), WINDOW).stream().anyMatch(ROLE_WORDS::contains);
	}

	/**
	 * Whether a form written in lowercase follows a word that calls for a technology and
	 * a preposition: "written in go", "managed with puppet", but not "love to go".
	 */
	private static boolean calledForInLowercase(Mention mention) {
		List<String> before = mention.passage().wordsBefore(mention.start(), 2);
		return before.size() == 2 && PREPOSITIONS.contains(before.get(0)) && !before.get(0).equals("to")
				&& SKILL_WORDS.contains(before.get(1));
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
		if (before.size() < 2 || !PREPOSITIONS.contains(before.get(0))) {
			return false;
		}
		if (SKILL_WORDS.contains(before.get(1)) || (near && ROLE_WORDS.contains(before.get(1)))) {
			return true;
		}
		// "moving both to React", "migrating everything to Go"
		List<String> farther = mention.passage().wordsBefore(mention.start(), 3);
		return near && farther.size() == 3 && SKILL_WORDS.contains(farther.get(2));
	}

}
