package dev.backboard.candidates;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored résumé, without its content.
 *
 * @param id its key; unguessable, but access is checked on every read anyway
 * @param accountId whose it is
 * @param displayName what the candidate's file was called, cleaned up; for showing only
 * @param type what kind of file it is, decided by its bytes
 * @param size its size in bytes
 * @param sha256 hex SHA-256 of the file
 * @param createdAt when it was uploaded
 */
public record Resume(UUID id, long accountId, String displayName, ResumeType type, int size, String sha256,
		Instant createdAt) {

	/**
	 * The name to download it under: the display name, with the extension of its type.
	 */
	public String downloadName() {
		return displayName.toLowerCase(java.util.Locale.ROOT).endsWith(type.extension()) ? displayName
				: displayName + type.extension();
	}

}
