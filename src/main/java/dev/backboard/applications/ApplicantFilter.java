package dev.backboard.applications;

import org.jspecify.annotations.Nullable;

/**
 * Which of a job's applicants to list, and in which order.
 *
 * @param stage only this stage, or all
 * @param knockedOut only knocked-out ones (true), only the others (false), or all
 * @param sort by match score (best first) or by date (newest first)
 */
public record ApplicantFilter(@Nullable Stage stage, @Nullable Boolean knockedOut, Sort sort) {

	public static ApplicantFilter all() {
		return new ApplicantFilter(null, null, Sort.SCORE);
	}

	/**
	 * The orders a list can take.
	 */
	public enum Sort {

		SCORE, DATE

	}

}
