package dev.backboard.core.privacy;

import java.util.List;

/**
 * A module's share of what Backboard knows about a person. The privacy module asks every
 * bean of this type for its part of a data export, and has each erase its part when the
 * person deletes their account.
 */
public interface PersonalData {

	/** The section of the export this part fills, e.g. {@code "applications"}. */
	String section();

	/**
	 * Everything this module keeps about the person, as records or collections that
	 * serialize to JSON; nothing about anyone else.
	 */
	Object export(long accountId);

	/** The person's files (résumés, ...), for the export archive. */
	default List<ExportedFile> files(long accountId) {
		return List.of();
	}

	/**
	 * Deletes or anonymizes the person's data. Runs in the erasure's transaction:
	 * throwing rolls the whole erasure back.
	 */
	void erase(long accountId);

}
