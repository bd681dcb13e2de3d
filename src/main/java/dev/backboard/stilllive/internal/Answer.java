package dev.backboard.stilllive.internal;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one check.
 *
 * @param verdict what it means
 * @param status the final HTTP status, none when no answer came
 * @param detail why, for the records and the employer
 * @param contacted whether a request reached the host (and so counts for politeness)
 */
record Answer(Verdict verdict, @Nullable Integer status, String detail, boolean contacted) {

	static Answer unknown(String detail, boolean contacted) {
		return new Answer(Verdict.UNKNOWN, null, detail, contacted);
	}

	static Answer disallowed() {
		return new Answer(Verdict.DISALLOWED, null, "robots.txt does not allow it", false);
	}

}
