package dev.backboard.jobs;

/**
 * Whether editing a published job sends it back to moderation.
 */
public enum RereviewOnEdit {

	/** Every edit is reviewed again. */
	ALWAYS,
	/** Edits go live at once. */
	NEVER,
	/**
	 * A change of title, description or skills is reviewed again; other edits go live.
	 */
	CONTENT

}
