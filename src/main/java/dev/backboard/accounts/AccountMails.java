package dev.backboard.accounts;

import dev.backboard.core.BackboardProperties;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.stereotype.Component;

/**
 * The mails about an account, worded in one place. Each is queued in the caller's
 * transaction.
 */
@Component
class AccountMails {

	private final Mailer mailer;

	private final BackboardProperties board;

	AccountMails(Mailer mailer, BackboardProperties board) {
		this.mailer = mailer;
		this.board = board;
	}

	void confirmAddress(String to, String token) {
		mailer.send(Mail
			.to(to, "Confirm your email address", "Welcome to Backboard. Please confirm that this address is yours.",
					"The link works once, for 24 hours. If you did not sign up, ignore this mail.")
			.withAction("Confirm my address", board.baseUrl() + "/verify-email?token=" + token));
	}

	void signUpWithTakenAddress(String to) {
		mailer.send(Mail
			.to(to, "Someone tried to sign up with your address",
					"Someone, perhaps you, tried to create a Backboard account with this address. It already has one.",
					"If it was you, sign in at " + board.baseUrl() + "/login, or reset your password if you forgot it. "
							+ "If it was not, you can ignore this mail: nothing changed.")
			.withAction("Reset my password", board.baseUrl() + "/password/forgot"));
	}

	void resetPassword(String to, String token) {
		mailer.send(Mail.to(to, "Reset your password",
				"Someone, hopefully you, asked to reset the password of your Backboard account.",
				"The link works once, for one hour. If you did not ask, ignore this mail: your password stays as it is.")
			.withAction("Choose a new password", board.baseUrl() + "/password/reset?token=" + token));
	}

	void passwordChanged(String to) {
		mailer.send(Mail.to(to, "Your password was changed", "The password of your Backboard account was just changed.",
				"If that was not you, reset it now at " + board.baseUrl() + "/password/forgot."));
	}

	void confirmNewAddress(String to, String token) {
		mailer.send(Mail
			.to(to, "Confirm your new email address",
					"Please confirm that your Backboard account should use this address from now on.",
					"The link works once, for 24 hours. If you did not ask for this, ignore this mail.")
			.withAction("Use this address", board.baseUrl() + "/account/email/confirm?token=" + token));
	}

	void newAddressTaken(String to) {
		mailer.send(Mail.to(to, "Someone tried to move an account to your address",
				"Someone asked to change the address of a Backboard account to this one, which already has an account.",
				"Nothing changed. If it was you, sign in with this address instead."));
	}

	void addressChanged(String oldAddress, String newAddress) {
		mailer.send(Mail.to(oldAddress, "Your email address was changed",
				"Your Backboard account now uses " + newAddress + " instead of this address.",
				"If that was not you, contact the operator of this board at once."));
	}

}
