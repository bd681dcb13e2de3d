package dev.backboard.applications;

/**
 * A new screening question as the employer typed it.
 *
 * @param kind a {@link QuestionKind} name
 * @param label the question
 * @param options for choice questions, one option per line
 * @param required whether it must be answered
 * @param knockoutAnswers answers that disqualify, one per line: {@code YES} or {@code NO}
 * for yes/no questions, options for choice questions
 * @param knockoutMin for numbers, the lowest accepted answer; empty for none
 * @param knockoutMax for numbers, the highest accepted answer; empty for none
 */
public record QuestionInput(String kind, String label, String options, boolean required, String knockoutAnswers,
		String knockoutMin, String knockoutMax) {

	public static QuestionInput empty() {
		return new QuestionInput(QuestionKind.FREE_TEXT.name(), "", "", false, "", "", "");
	}

}
