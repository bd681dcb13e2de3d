package dev.backboard.applications;

/**
 * What kind of answer a screening question takes.
 */
public enum QuestionKind {

	FREE_TEXT("Free text"), YES_NO("Yes or no"), SINGLE_CHOICE("One of several options"),
	MULTIPLE_CHOICE("Any of several options"), NUMBER("A number");

	private final String label;

	QuestionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the question offers options to pick from. */
	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

}
