package dev.backboard.imports.internal;

/**
 * A source could not be read completely: an HTTP error, a time-out, a page of a paginated
 * listing that failed, or an answer that could not be parsed. Nothing is closed after
 * one.
 */
public class FetchFailed extends Exception {

	private static final long serialVersionUID = 1L;

	public FetchFailed(String message) {
		super(message);
	}

	public FetchFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
