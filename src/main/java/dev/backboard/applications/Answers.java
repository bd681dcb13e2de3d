package dev.backboard.applications;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the answers to a job's questions by kind and decides which disqualify.
 */
final class Answers {

	static final int MAX_TEXT = 2000;

	private Answers() {
	}

	/**
	 * The answers in question order, or errors by question field put into the map.
	 * @param given the submitted values by question field
	 */
	static List<Answer> check(List<Question> questions, Map<String, List<String>> given, Map<String, String> errors) {
		List<Answer> answers = new ArrayList<>();
		for (Question question : questions) {
			List<String> values = given.getOrDefault(question.field(), List.of())
				.stream()
				.map(String::strip)
				.filter(value -> !value.isEmpty())
				.toList();
			if (values.isEmpty()) {
				if (question.required()) {
					errors.put(question.field(), "answer this question");
				}
				answers.add(new Answer(question.kind(), question.label(), null, false));
				continue;
			}
			String error = error(question, values);
			if (error != null) {
				errors.put(question.field(), error);
				continue;
			}
			answers.add(new Answer(question.kind(), question.label(), String.join("\n", normalized(question, values)),
					knocksOut(question, values)));
		}
		return answers;
	}

	private static @org.jspecify.annotations.Nullable String error(Question question, List<String> values) {
		return switch (question.kind()) {
			case FREE_TEXT -> values.size() > 1 || values.getFirst().length() > MAX_TEXT
					? "write at most " + MAX_TEXT + " characters" : null;
			case YES_NO ->
				values.size() == 1 && Set.of("YES", "NO").contains(values.getFirst().toUpperCase(Locale.ROOT)) ? null
						: "answer yes or no";
			case SINGLE_CHOICE -> values.size() == 1 && question.options().contains(values.getFirst()) ? null
					: "choose one of the options";
			case MULTIPLE_CHOICE -> question.options().containsAll(values) ? null : "choose among the options";
			case NUMBER -> values.size() == 1 && number(values.getFirst()) != null ? null : "give a number, e.g. 5";
		};
	}

	private static List<String> normalized(Question question, List<String> values) {
		return switch (question.kind()) {
			case YES_NO -> List.of(values.getFirst().toUpperCase(Locale.ROOT));
			case NUMBER -> List.of(number(values.getFirst()).stripTrailingZeros().toPlainString());
			case MULTIPLE_CHOICE -> List.copyOf(new LinkedHashSet<>(values));
			default -> values;
		};
	}

	static boolean knocksOut(Question question, List<String> values) {
		return switch (question.kind()) {
			case FREE_TEXT -> false;
			case YES_NO -> question.knockoutAnswers().contains(values.getFirst().toUpperCase(Locale.ROOT));
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> values.stream().anyMatch(question.knockoutAnswers()::contains);
			case NUMBER -> {
				BigDecimal number = number(values.getFirst());
				yield number != null
						&& ((question.knockoutMin() != null && number.compareTo(question.knockoutMin()) < 0)
								|| (question.knockoutMax() != null && number.compareTo(question.knockoutMax()) > 0));
			}
		};
	}

	static @org.jspecify.annotations.Nullable BigDecimal number(String value) {
		try {
			BigDecimal number = new BigDecimal(value.strip().replace(",", ""));
			return number.abs().compareTo(new BigDecimal("1000000000000")) < 0 ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
