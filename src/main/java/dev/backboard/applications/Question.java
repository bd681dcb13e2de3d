package dev.backboard.applications;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One of a job's screening questions.
 *
 * @param id its key
 * @param jobId the job it belongs to
 * @param position its place in the form, from 0
 * @param kind what kind of answer it takes
 * @param label the question as asked
 * @param options what a choice question offers
 * @param required whether it must be answered
 * @param knockoutAnswers answers that disqualify: {@code YES} or {@code NO}, or options
 * @param knockoutMin for numbers, the lowest accepted answer
 * @param knockoutMax for numbers, the highest accepted answer
 */
public record Question(long id, long jobId, int position, QuestionKind kind, String label, List<String> options,
		boolean required, List<String> knockoutAnswers, @Nullable BigDecimal knockoutMin,
		@Nullable BigDecimal knockoutMax) {

	public Question {
		options = List.copyOf(options);
		knockoutAnswers = List.copyOf(knockoutAnswers);
	}

	/** The form field that carries the answer. */
	public String field() {
		return "q" + id;
	}

	/** Whether the question disqualifies some answers, for the employer's list. */
	public boolean hasKnockout() {
		return !knockoutAnswers.isEmpty() || knockoutMin != null || knockoutMax != null;
	}

	/** The knock-out rule in words, for the employer. */
	public String knockoutText() {
		if (kind == QuestionKind.NUMBER) {
			if (knockoutMin != null && knockoutMax != null) {
				return "outside " + knockoutMin.toPlainString() + " to " + knockoutMax.toPlainString();
			}
			if (knockoutMin != null) {
				return "below " + knockoutMin.toPlainString();
			}
			return knockoutMax == null ? "" : "above " + knockoutMax.toPlainString();
		}
		return String.join(", ", knockoutAnswers);
	}

}
