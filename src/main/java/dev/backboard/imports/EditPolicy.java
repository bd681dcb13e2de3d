package dev.backboard.imports;

/**
 * What happens when someone edits an imported job in Backboard.
 */
public enum EditPolicy {

	/** Edits are refused: the source is the only place to change the job. */
	REFUSE("Refuse edits in Backboard"),
	/** Edits are allowed and overwritten by the next sync. */
	OVERWRITE("Allow edits, overwritten by the next sync");

	private final String label;

	EditPolicy(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
