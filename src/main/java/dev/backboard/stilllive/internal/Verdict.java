package dev.backboard.stilllive.internal;

/** What a check concluded about a job's page. */
enum Verdict {

	/** The page answered 2xx. */
	LIVE,
	/** The page answered 404 or 410. */
	GONE,
	/**
	 * No conclusion: a server error, a time-out, a DNS failure, a refused address, too
	 * many redirects or any other status. Never counts as gone.
	 */
	UNKNOWN,
	/** robots.txt does not allow the page to be asked, so it was not. */
	DISALLOWED

}
