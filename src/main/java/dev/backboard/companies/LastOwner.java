package dev.backboard.companies;

/**
 * The change would leave a company without an owner, and so without anyone who can manage
 * it.
 */
public class LastOwner extends RuntimeException {

	LastOwner() {
		super("A company needs at least one owner: make someone else an owner first.");
	}

}
