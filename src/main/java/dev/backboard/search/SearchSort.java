package dev.backboard.search;

/**
 * How results are ordered.
 */
public enum SearchSort {

	/** Best match first, featured and recent jobs lifted. */
	RELEVANCE,
	/** Most recently posted first. */
	NEWEST,
	/** Highest annualized pay first; jobs without a salary last. */
	SALARY

}
