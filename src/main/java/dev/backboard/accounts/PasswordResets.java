package dev.backboard.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password": a one-hour, single-use link by mail. Asking answers the same
 * whether or not the address has an account; using the link ends every session of the
 * account, so whoever knew the old password is signed out.
 */
@Service
public class PasswordResets {

	private final UserAccountRepository users;

	private final AccountTokens tokens;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final AccountSessions sessions;

	private final AccountMails mails;

	private final SecurityEvents events;

	private final Clock clock;

	private final SchedulerClient scheduler;

	PasswordResets(UserAccountRepository users, AccountTokens tokens, PasswordPolicy policy, PasswordEncoder passwords,
			AccountSessions sessions, AccountMails mails, SecurityEvents events, Clock clock,
			SchedulerClient scheduler) {
		this.users = users;
		this.tokens = tokens;
		this.policy = policy;
		this.passwords = passwords;
		this.sessions = sessions;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
		this.scheduler = scheduler;
	}

	/**
	 * Mails a reset link if the address has an account; does nothing visible otherwise.
	 * Only schedules the work ({@link PasswordResetMails}): the caller waits as long for
	 * an address with an account as for one without.
	 */
	public void request(String email) {
		// The scheduler's own time: it runs what is due by the system clock.
		scheduler.schedule(PasswordResetMails.TASK.instance(UUID.randomUUID().toString())
			.data(new PasswordResetMails.Request(email, SecurityEvents.clientIp()))
			.scheduledTo(Instant.now()));
	}

	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD).isPresent();
	}

	/**
	 * Sets the new password and ends all of the account's sessions.
	 * @throws InvalidLink when the link expired or was used
	 * @throws InvalidForm when the password is refused; the link then still works
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		AccountTokens.Use peeked = tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD)
			.orElseThrow(InvalidLink::new);
		UserAccount account = users.findById(peeked.userId()).orElseThrow(InvalidLink::new);
		policy.problem(newPassword, account.getEmail()).ifPresent(problem -> {
			throw InvalidForm.of("password", problem);
		});
		tokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD).orElseThrow(InvalidLink::new);
		tokens.revokeAll(account.getId(), AccountTokens.Purpose.RESET_PASSWORD);
		account.changePassword(passwords.encode(newPassword), clock.instant());
		events.record(account.getId(), SecurityEventType.PASSWORD_RESET_COMPLETED, null);
		int ended = sessions.endAll(account.getId(), null);
		events.record(account.getId(), SecurityEventType.SESSIONS_ENDED, ended + " after a password reset");
		mails.passwordChanged(account.getEmail());
	}

}
