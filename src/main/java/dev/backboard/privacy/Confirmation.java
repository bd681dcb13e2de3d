package dev.backboard.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.backboard.accounts.AccountClosure;
import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.UserAccount;
import dev.backboard.core.NotFound;

import org.springframework.stereotype.Component;

/**
 * Asks the person at the keyboard to prove again that the account is theirs before its
 * data leaves the board or is deleted: a session left open on a shared computer must not
 * be enough.
 */
@Component
class Confirmation {

	private final Accounts accounts;

	private final AccountClosure closure;

	Confirmation(Accounts accounts, AccountClosure closure) {
		this.accounts = accounts;
		this.closure = closure;
	}

	/**
	 * @throws NotConfirmed naming {@code password} (or {@code email} for an account
	 * without a password) and, when asked for, {@code confirm}
	 */
	void require(long accountId, String password, String typedEmail, boolean ticked, boolean tickRequired) {
		UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFound("account"));
		Map<String, String> errors = new LinkedHashMap<>();
		if (!closure.confirms(accountId, password, typedEmail)) {
			if (account.hasPassword()) {
				errors.put("password", "This is not your current password.");
			}
			else {
				errors.put("email", "Type the email address of your account.");
			}
		}
		if (tickRequired && !ticked) {
			errors.put("confirm", "Tick the box to confirm that you want to delete your account.");
		}
		if (!errors.isEmpty()) {
			throw new NotConfirmed(errors);
		}
	}

}
