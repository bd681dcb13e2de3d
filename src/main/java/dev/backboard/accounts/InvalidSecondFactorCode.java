package dev.backboard.accounts;

/** The code typed in is not the current TOTP code (or an unused recovery code). */
public class InvalidSecondFactorCode extends RuntimeException {

	public InvalidSecondFactorCode() {
		super("That code is not valid. Check your authenticator app's clock and try the current code.");
	}

}
