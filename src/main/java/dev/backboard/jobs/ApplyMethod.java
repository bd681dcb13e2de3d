package dev.backboard.jobs;

import org.jspecify.annotations.Nullable;

/**
 * How candidates apply to a job: through Backboard's own form, on the employer's site, or
 * by email.
 */
public enum ApplyMethod {

	BACKBOARD, URL, EMAIL;

	/**
	 * The method a job uses when it does not name one: its URL when it has one, else its
	 * email. Jobs written before the choice existed (and the demo data) keep working so.
	 */
	static ApplyMethod derived(@Nullable ApplyMethod chosen, @Nullable String applyUrl) {
		if (chosen != null) {
			return chosen;
		}
		return applyUrl != null && !applyUrl.isBlank() ? URL : EMAIL;
	}

}
