package dev.backboard.imports;

import org.jspecify.annotations.Nullable;

/**
 * What an ATS's public API said about one posting.
 *
 * @param status open, closed, or "could not ask"
 * @param httpStatus the API's HTTP status, none when no answer came
 * @param detail why, for the records and the employer
 */
public record PostingState(Status status, @Nullable Integer httpStatus, String detail) {

	public enum Status {

		/** The vendor lists the posting. */
		OPEN,
		/**
		 * The vendor says the posting does not exist (404), or its board lists it no
		 * more.
		 */
		CLOSED,
		/** A server error, a time-out, a refused address or an unreadable answer. */
		UNKNOWN

	}

}
