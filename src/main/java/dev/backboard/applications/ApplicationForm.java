package dev.backboard.applications;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An application as the candidate filled it in.
 *
 * @param name the name the employer sees
 * @param headline one line about the candidate, from the profile
 * @param resumeId one of the candidate's résumés, if they send one
 * @param coverLetter optional, up to 5000 characters
 * @param answers the screening answers by question field ({@link Question#field()})
 * @param consent whether the candidate agreed to the processing shown
 */
public record ApplicationForm(String name, String headline, @Nullable UUID resumeId, String coverLetter,
		Map<String, List<String>> answers, boolean consent) {

	public static final int MAX_COVER_LETTER = 5000;

	public ApplicationForm {
		answers = Map.copyOf(answers);
	}

	/** The submitted values of one question, for showing them again. */
	public List<String> answer(Question question) {
		return answers.getOrDefault(question.field(), List.of());
	}

}
