package dev.backboard.applications;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An answer to a screening question, with the question as it was asked.
 *
 * @param kind the question's kind
 * @param label the question
 * @param answer the answer; several options one per line; null when not answered or
 * removed by anonymization
 * @param knockedOut whether this answer disqualifies
 */
public record Answer(QuestionKind kind, String label, @Nullable String answer, boolean knockedOut) {

	/**
	 * The picked options, or the answer as one value, as people read it ("Yes", not
	 * "YES").
	 */
	public List<String> values() {
		if (answer == null) {
			return List.of();
		}
		if (kind == QuestionKind.YES_NO) {
			return List.of("YES".equals(answer) ? "Yes" : "No");
		}
		return List.of(answer.split("\n"));
	}

}
