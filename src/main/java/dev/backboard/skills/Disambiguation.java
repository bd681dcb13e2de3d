package dev.backboard.skills;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which mentions count. A form that only means its technology counts unless a
 * veto says otherwise; an ambiguous form counts only with evidence: the words next to it,
 * or another mention that counts, listed with it or close by. As evidence of the second
 * kind grows with every mention that counts, the decision runs until nothing changes.
 */
final class Disambiguation {

	private enum State {

		COUNTS, REJECTED, PENDING

	}

	private static final Set<String> TOOL_LINKS = Set.of("with", "using", "via", "on", "in", "through");

	private final List<Mention> mentions;

	private final State[] states;

	private final boolean[] canonical;

	private final boolean otherRole;

	private Disambiguation(List<Mention> mentions, boolean otherRole) {
		this.mentions = mentions;
		this.otherRole = otherRole;
		this.states = new State[mentions.size()];
		this.canonical = new boolean[mentions.size()];
	}

	/**
	 * Which of the mentions count, by position in the list.
	 * @param otherRole whether the posting is for a job other than building software,
	 * where only the skills asked for count
	 */
	static boolean[] decide(List<Mention> mentions, boolean otherRole) {
		return new Disambiguation(mentions, otherRole).decide();
	}

	private boolean[] decide() {
		boolean changed = false;
		for (int i = 0; i < states.length; i++) {
			Mention mention = mentions.get(i);
			canonical[i] = mention.canonical();
			if (otherRole) {
				states[i] = (canonical[i] && !Context.vetoed(mention) && Context.required(mention)) ? State.COUNTS
						: State.REJECTED;
				continue;
			}
			states[i] = initial(mention, canonical[i]);
			changed |= states[i] == State.PENDING;
		}
		while (changed) {
			changed = false;
			for (int i = 0; i < states.length; i++) {
				if (states[i] == State.PENDING && supportedByOthers(i)) {
					states[i] = State.COUNTS;
					changed = true;
				}
			}
		}
		boolean[] counts = new boolean[states.length];
		for (int i = 0; i < states.length; i++) {
			counts[i] = states[i] == State.COUNTS;
		}
		return counts;
	}

	private static State initial(Mention mention, boolean canonical) {
		Evidence evidence = mention.term().evidence();
		// a CASE form in another case is an ordinary word ("rest"); a NEAR or STRICT one
		// may still count, called for or in a list ("ruby, rails, postgres")
		boolean hopeless = !canonical && mention.rules().evidence() == Evidence.CASE;
		if (hopeless || Context.vetoed(mention)) {
			return State.REJECTED;
		}
		return switch (evidence) {
			case NONE, CASE -> State.COUNTS;
			case NEAR, STRICT, PRACTICE -> Context.supports(mention, canonical) ? State.COUNTS : State.PENDING;
		};
	}

	private boolean supportedByOthers(int index) {
		return listedWith(index, index - 1) || listedWith(index, index + 1)
				|| (canonical[index] && mentions.get(index).term().evidence() == Evidence.NEAR && countsAround(index))
				|| practiceOfTheOneBefore(index) || practiceWithTheOneAfter(index) || countsElsewhere(index);
	}

	/**
	 * Whether another mention of the same skill counts: once a posting has shown it means
	 * the technology, its other mentions mean it too, and may support their neighbours.
	 */
	private boolean countsElsewhere(int index) {
		if (!canonical[index]) {
			return false;
		}
		Skill skill = mentions.get(index).skill();
		for (int i = 0; i < states.length; i++) {
			if (i != index && states[i] == State.COUNTS && mentions.get(i).skill().equals(skill)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a practice is done with the technology that follows it, one word between at
	 * most: "infrastructure as code with Terraform", "MLOps on SageMaker", "RAG pipelines
	 * with LangChain".
	 */
	private boolean practiceWithTheOneAfter(int index) {
		Mention mention = mentions.get(index);
		if (index + 1 >= mentions.size() || mention.term().evidence() != Evidence.PRACTICE || !canonical[index]
				|| states[index + 1] != State.COUNTS) {
			return false;
		}
		Mention after = mentions.get(index + 1);
		if (after.passage() != mention.passage()) {
			return false;
		}
		String[] words = mention.passage().text().substring(mention.end(), after.start()).trim().split("\\s+");
		return words.length <= 2 && TOOL_LINKS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a practice follows a technology that counts and "for": "Cucumber for BDD",
	 * "Jenkins for CI".
	 */
	private boolean practiceOfTheOneBefore(int index) {
		Mention mention = mentions.get(index);
		if (index == 0 || mention.term().evidence() != Evidence.PRACTICE || !canonical[index]
				|| states[index - 1] != State.COUNTS) {
			return false;
		}
		Mention before = mentions.get(index - 1);
		return before.passage() == mention.passage()
				&& mention.passage().text().substring(before.end(), mention.start()).trim().equalsIgnoreCase("for");
	}

	/**
	 * Whether the mention is listed with its neighbour: "Go, PostgreSQL", "Rust or C++".
	 * A neighbour that counts supports the mention in any case ("python, go", "ruby,
	 * rails"); two pending mentions support each other when both are written in their
	 * canonical case, one of them is NEAR and neither is a practice ("Go/Rust"). Written
	 * in another case, or as a STRICT form, a name needs a real list mark: "python, go"
	 * but not "Redis pub/sub" nor "Make Looker better".
	 */
	private boolean listedWith(int index, int other) {
		if (other < 0 || other >= mentions.size() || states[other] == State.REJECTED) {
			return false;
		}
		Mention mention = mentions.get(index);
		Mention neighbour = mentions.get(other);
		if (neighbour.passage() != mention.passage()) {
			return false;
		}
		int from = Math.min(mention.end(), neighbour.end());
		int to = Math.max(mention.start(), neighbour.start());
		// words side by side make a list only when neither could be an ordinary word
		// there: "Go Kafka", but not "Make Looker better"
		boolean spacesAreEnough = canonical[index] && mention.term().evidence() != Evidence.STRICT
				&& neighbour.term().evidence() != Evidence.STRICT;
		if (!mention.passage().onlyListBetween(from, to, spacesAreEnough)) {
			return false;
		}
		if (states[other] == State.COUNTS) {
			return true;
		}
		Evidence evidence = mention.term().evidence();
		Evidence neighbours = neighbour.term().evidence();
		return canonical[index] && canonical[other] && (evidence == Evidence.NEAR || neighbours == Evidence.NEAR)
				&& evidence != Evidence.PRACTICE && neighbours != Evidence.PRACTICE;
	}

	/**
	 * Whether a mention that counts stands within a few words of this one, in the same
	 * sentence: "Go services on Kubernetes".
	 */
	private boolean countsAround(int index) {
		Mention mention = mentions.get(index);
		Passage passage = mention.passage();
		List<int[]> before = passage.spansBefore(mention.start(), Context.WINDOW);
		List<int[]> after = passage.spansAfter(mention.end(), Context.WINDOW);
		int from = before.isEmpty() ? mention.start() : before.get(before.size() - 1)[0];
		int to = after.isEmpty() ? mention.end() : after.get(after.size() - 1)[1];
		for (int i = index - 1; i >= 0 && mentions.get(i).end() > from; i--) {
			if (states[i] == State.COUNTS && mentions.get(i).passage() == passage) {
				return true;
			}
		}
		for (int i = index + 1; i < mentions.size() && mentions.get(i).start() < to; i++) {
			if (states[i] == State.COUNTS && mentions.get(i).passage() == passage) {
				return true;
			}
		}
		return false;
	}

}
