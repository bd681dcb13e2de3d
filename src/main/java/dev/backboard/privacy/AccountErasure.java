package dev.backboard.privacy;

import dev.backboard.accounts.AccountClosure;
import dev.backboard.core.privacy.ErasureRefused;
import dev.backboard.core.privacy.PersonalData;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account and the personal data every module keeps about it, in one
 * transaction: either all of it goes, or (when a module refuses, e.g. for a company's
 * last owner) nothing does.
 * <p>
 * The rule for the order: every {@link PersonalData#erase(long)} runs while the account
 * row still exists (so a module can still read, e.g., its address), and none deletes that
 * row; it is deleted last, through {@link AccountClosure#delete(long)}.
 */
@Service
public class AccountErasure {

	private final PersonalDataRegistry parts;

	private final Confirmation confirmation;

	private final AccountClosure closure;

	AccountErasure(PersonalDataRegistry parts, Confirmation confirmation, AccountClosure closure) {
		this.parts = parts;
		this.confirmation = confirmation;
		this.closure = closure;
	}

	/**
	 * @param confirmed whether the person ticked the box saying they mean it
	 * @throws NotConfirmed when the password (or, without one, the email) is wrong or the
	 * box is not ticked
	 * @throws ErasureRefused when a module cannot erase the person's data yet
	 */
	@Transactional
	public void erase(long accountId, String password, String typedEmail, boolean confirmed) {
		confirmation.require(accountId, password, typedEmail, confirmed, true);
		for (PersonalData part : parts.all()) {
			part.erase(accountId);
		}
		closure.delete(accountId);
	}

}
