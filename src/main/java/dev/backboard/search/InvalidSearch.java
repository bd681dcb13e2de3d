package dev.backboard.search;

/**
 * A search parameter that cannot be honoured, named so that the caller can fix it.
 */
public class InvalidSearch extends RuntimeException {

	private final String parameter;

	public InvalidSearch(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
