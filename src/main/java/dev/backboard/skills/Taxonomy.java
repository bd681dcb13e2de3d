package dev.backboard.skills;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The technologies Backboard knows, read once from {@code taxonomy.tsv}.
 */
@Component
public class Taxonomy {

	private final List<Skill> skills;

	private final List<Skill> shown;

	private final Map<String, Skill> bySlug = new HashMap<>();

	private final Map<String, Skill> byName = new HashMap<>();

	private final List<Term> terms = new ArrayList<>();

	private final Set<String> ambiguous = new HashSet<>();

	private final Typos typos;

	private final int longestName;

	/** By slug, the key of each skill's name, for {@link #namedAfter(Skill)}. */
	private final Map<String, String> nameKeys = new HashMap<>();

	/** By slug, {@link #namedAfter(Skill)}, worked out when first asked. */
	private final Map<String, List<Skill>> namedAfter = new ConcurrentHashMap<>();

	/** The shortest name of several words that postings run together: "TravisCI". */
	private static final int RUN_TOGETHER = 6;

	public Taxonomy() {
		List<SkillRules> rows = TaxonomyFile.read();
		List<Skill> read = new ArrayList<>();
		List<Skill> common = new ArrayList<>();
		for (SkillRules rules : rows) {
			Skill skill = rules.skill();
			read.add(skill);
			if (!rules.rare()) {
				common.add(skill);
			}
			bySlug.put(skill.slug(), skill);
			nameKeys.put(skill.slug(), Term.keyOf(skill.name()));
			byName.putIfAbsent(Term.keyOf(skill.slug()), skill);
			skill.forms().forEach((form) -> byName.putIfAbsent(Term.keyOf(form), skill));
			terms.addAll(terms(rules));
			rules.ambiguous().forEach((form) -> ambiguous.add(Term.keyOf(form)));
		}
		for (SkillRules stack : TaxonomyFile.readStacks(bySlug)) {
			terms.addAll(terms(stack));
		}
		this.skills = Collections.unmodifiableList(read);
		this.shown = Collections.unmodifiableList(common);
		this.typos = new Typos(rows);
		this.longestName = byName.keySet().stream().mapToInt((key) -> key.split(" ").length).max().orElse(1);
	}

	/**
	 * The skills that pickers and suggestions offer: every skill but the rare ones
	 * ("Smalltalk", "Kubeflow"), which stay findable in postings and by
	 * {@link #resolve(String)}, {@link #bySlug(String)} and {@link #everySkill()}.
	 */
	public List<Skill> all() {
		return shown;
	}

	/** Every skill, the rare ones included. */
	public List<Skill> everySkill() {
		return skills;
	}

	public Optional<Skill> bySlug(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	/** The known skills among the slugs, in their order. */
	public List<Skill> bySlugs(Collection<String> slugs) {
		return slugs.stream().flatMap(slug -> bySlug(slug).stream()).toList();
	}

	/**
	 * Finds a skill by its slug, name or one of its aliases, ignoring case, and hyphens
	 * against spaces: "golang", "Go" and "go" all find Go.
	 */
	public Optional<Skill> resolve(String nameOrAlias) {
		return Optional.ofNullable(byName.get(Term.keyOf(nameOrAlias)));
	}

	/**
	 * Finds a skill by its slug, name or an alias, forgiving one typo in a term of 4 to 7
	 * letters and two in a longer one (a typo being a missing, extra, wrong or swapped
	 * letter): "postgress" finds PostgreSQL, "kubernets" Kubernetes. The closest form
	 * wins, then the skill with the shorter name. Terms under 4 letters must match
	 * exactly, and forms that are also ordinary words ("Chef", "Make") are never the
	 * target of a correction.
	 */
	public Optional<Skill> resolveTypo(String term) {
		Optional<Skill> exact = resolve(term);
		return exact.isPresent() ? exact : typos.closest(Term.keyOf(term));
	}

	/**
	 * The skills named after this one's name or an alias followed by more words: Spring
	 * Boot and Spring Data after Spring, AWS Lambda after AWS.
	 */
	public List<Skill> namedAfter(Skill skill) {
		return namedAfter.computeIfAbsent(skill.slug(), (slug) -> {
			List<String> prefixes = skill.forms().stream().map((form) -> Term.keyOf(form) + " ").toList();
			return skills.stream()
				.filter((other) -> !other.equals(skill)
						&& prefixes.stream().anyMatch(nameKeys.get(other.slug())::startsWith))
				.toList();
		});
	}

	/** The most words in a name or alias: how far a query is looked at for one. */
	public int longestName() {
		return longestName;
	}

	/**
	 * Whether a skill's name or alias is also an ordinary word, place or person ("go",
	 * "spring", "rest"), so that a text writing it does not by itself show the
	 * technology.
	 */
	public boolean isAmbiguous(String form) {
		return ambiguous.contains(Term.keyOf(form));
	}

	/**
	 * The skill's name and aliases that, written in a posting, can mean only the skill:
	 * all but the {@linkplain #isAmbiguous(String) ambiguous} ones.
	 */
	public List<String> unambiguousForms(Skill skill) {
		return skill.forms().stream().filter((form) -> !isAmbiguous(form)).toList();
	}

	/**
	 * The skill that a word of a posting which names none may mean, misspelt or with
	 * "-er": "MogoDB", "Golanger".
	 */
	Optional<SkillRules> misspeltInText(String word) {
		return typos.inText(word);
	}

	/**
	 * Every written form of every skill, for the extractor.
	 */
	List<Term> terms() {
		return Collections.unmodifiableList(terms);
	}

	/**
	 * The keys of a skill's forms, and the ways postings bend them: "React JS" for
	 * "React.js", and names of several words run together, as in "TravisCI" and
	 * "GitHubActions".
	 */
	private static List<Term> terms(SkillRules rules) {
		Map<String, String> canonical = new HashMap<>();
		rules.ambiguous().forEach((form) -> canonical.put(Term.keyOf(form), form));
		Map<String, Term> terms = new LinkedHashMap<>();
		List<String> forms = rules.skill().forms();
		for (String form : forms) {
			String key = Term.keyOf(form);
			terms.putIfAbsent(key, new Term(key, canonical.get(key), rules));
		}
		for (String form : forms) {
			String key = Term.keyOf(form);
			if (key.endsWith(".js")) {
				String spaced = key.substring(0, key.length() - 3) + " js";
				terms.putIfAbsent(spaced, new Term(spaced, null, rules));
			}
			String runTogether = key.replace(" ", "");
			if (!runTogether.equals(key) && runTogether.length() >= RUN_TOGETHER && !canonical.containsKey(key)) {
				terms.putIfAbsent(runTogether, new Term(runTogether, null, rules));
			}
		}
		return List.copyOf(terms.values());
	}

}
