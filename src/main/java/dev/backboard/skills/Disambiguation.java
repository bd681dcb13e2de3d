package dev.backboard.skills;

import java.util.List;

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

	private final List<Mention> mentions;

	private final State[] states;

	private final boolean[] canonical;

	private Disambiguation(List<Mention> mentions) {
		this.mentions = mentions;
		this.states = new State[mentions.size()];
		this.canonical = new boolean[mentions.size()];
	}

	/**
	 * Which of the mentions count, by position in the list.
	 */
	static boolean[] decide(List<Mention> mentions) {
		return new Disambiguation(mentions).decide();
	}

	private boolean[] decide() {
		boolean changed = false;
		for (int i = 0; i < states.length; i++) {
			Mention mention = mentions.get(i);
			canonical[i] = mention.canonical();
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
		// only a NEAR form may count in another case than its canonical one
		boolean hopeless = !canonical && (evidence == Evidence.CASE || evidence == Evidence.STRICT);
		if (hopeless || Context.vetoed(mention)) {
			return State.REJECTED;
		}
		return switch (evidence) {
			case NONE, CASE -> State.COUNTS;
			case NEAR, STRICT -> Context.supports(mention, canonical) ? State.COUNTS : State.PENDING;
		};
	}

	private boolean supportedByOthers(int index) {
		return listedWith(index, index - 1) || listedWith(index, index + 1)
				|| (canonical[index] && mentions.get(index).term().evidence() == Evidence.NEAR && countsAround(index));
	}

	/**
	 * Whether the mention is listed with its neighbour: "Go, PostgreSQL", "Rust or C++".
	 * A neighbour that counts supports any mention written in its canonical case, and a
	 * NEAR one in any case ("python, go"); two pending mentions support each other when
	 * both are written in their canonical case and one of them is NEAR ("Go/Rust").
	 * Written in another case, a form needs a real list mark: "python, go" but not "Redis
	 * pub/sub".
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
		if (!mention.passage().onlyListBetween(from, to, canonical[index])) {
			return false;
		}
		boolean near = mention.term().evidence() == Evidence.NEAR;
		if (states[other] == State.COUNTS) {
			return canonical[index] || near;
		}
		return canonical[index] && canonical[other] && (near || neighbour.term().evidence() == Evidence.NEAR);
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
