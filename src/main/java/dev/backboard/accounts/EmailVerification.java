package dev.backboard.accounts;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that a person reads the address they signed up with. Until then they may sign
 * in, but employers cannot post ({@link UserAccount#isEmailVerified()}).
 */
@Service
public class EmailVerification {

	private final AccountTokens tokens;

	private final UserAccountRepository users;

	private final AccountMails mails;

	private final SecurityEvents events;

	private final AccountsProperties properties;

	private final Clock clock;

	EmailVerification(AccountTokens tokens, UserAccountRepository users, AccountMails mails, SecurityEvents events,
			AccountsProperties properties, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.mails = mails;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void sendLink(UserAccount account) {
		String token = tokens.issue(account.getId(), AccountTokens.Purpose.VERIFY_EMAIL, account.getEmail(),
				properties.emailVerificationValidity());
		mails.confirmAddress(account.getEmail(), token);
	}

	/** Whether the link still works, to show its confirm button or say it does not. */
	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return tokens.peek(token, AccountTokens.Purpose.VERIFY_EMAIL).isPresent();
	}

	/**
	 * Marks the address as confirmed, if the link is still good and the account still
	 * uses the address it was sent to.
	 * @throws InvalidLink otherwise
	 */
	@Transactional
	public void confirm(String token) {
		AccountTokens.Use use = tokens.consume(token, AccountTokens.Purpose.VERIFY_EMAIL).orElseThrow(InvalidLink::new);
		UserAccount account = users.findById(use.userId()).orElseThrow(InvalidLink::new);
		if (!account.getEmail().equals(use.payload())) {
			throw new InvalidLink();
		}
		account.verifyEmail(clock.instant());
		events.record(account.getId(), SecurityEventType.EMAIL_VERIFIED, null);
	}

	/** Sends a fresh link to an account whose address is not confirmed yet. */
	@Transactional
	public void resend(long accountId) {
		users.findById(accountId).filter(account -> !account.isEmailVerified()).ifPresent(this::sendLink);
	}

}
