package dev.backboard.companies;

/**
 * An employer who has not created or joined a company yet: pages send them to create one.
 */
public class NoCompanyYet extends RuntimeException {

	public NoCompanyYet() {
		super("No company yet");
	}

}
