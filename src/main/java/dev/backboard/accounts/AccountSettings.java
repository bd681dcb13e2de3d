package dev.backboard.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.NotFound;

import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a signed-in person makes to their own account. Each asks for the current
 * password, so a session left open on a shared computer cannot take the account over.
 */
@Service
public class AccountSettings {

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AccountTokens tokens;

	private final AccountSessions sessions;

	private final AccountMails mails;

	private final SecurityEvents events;

	private final AccountsProperties properties;

	private final RateLimits limits;

	private final Clock clock;

	AccountSettings(UserAccountRepository users, PasswordEncoder passwords, PasswordPolicy policy, AccountTokens tokens,
			AccountSessions sessions, AccountMails mails, SecurityEvents events, AccountsProperties properties,
			RateLimits limits, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.tokens = tokens;
		this.sessions = sessions;
		this.mails = mails;
		this.events = events;
		this.properties = properties;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * @param currentSessionId the caller's session, kept when the others are ended
	 * @param endOtherSessions whether to sign the account out everywhere else
	 * @throws InvalidForm when the current password is wrong or the new one is refused
	 */
	@Transactional
	public void changePassword(long accountId, String currentPassword, String newPassword,
			@Nullable String currentSessionId, boolean endOtherSessions) {
		UserAccount account = users.findById(accountId).orElseThrow(() -> new NotFound("account"));
		Map<String, String> errors = new LinkedHashMap<>();
		if (!matches(account, currentPassword)) {
			errors.put("currentPassword", "This is not your current password.");
		}
		policy.problem(newPassword, account.getEmail()).ifPresent(problem -> errors.put("newPassword", problem));
		if (!errors.isEmpty()) {
			throw new InvalidForm(errors);
		}
		account.changePassword(passwords.encode(newPassword), clock.instant());
		events.record(accountId, SecurityEventType.PASSWORD_CHANGED, null);
		if (endOtherSessions) {
			int ended = sessions.endAll(accountId, currentSessionId);
			events.record(accountId, SecurityEventType.SESSIONS_ENDED, ended + " after a password change");
		}
		mails.passwordChanged(account.getEmail());
	}

	/**
	 * Mails a confirmation link to the new address; the account keeps its address until
	 * that link is used. A taken address gets a note instead, and the caller sees the
	 * same answer.
	 * @throws InvalidForm when the password is wrong or the address is not one
	 */
	@Transactional
	public void requestEmailChange(long accountId, String currentPassword, String newEmail) {
		UserAccount account = users.findById(accountId).orElseThrow(() -> new NotFound("account"));
		Map<String, String> errors = new LinkedHashMap<>();
		if (!matches(account, currentPassword)) {
			errors.put("currentPassword", "This is not your current password.");
		}
		if (!Emails.isPlausible(newEmail)) {
			errors.put("email", "Enter an email address like name@example.com.");
		}
		else if (UserAccount.normalize(newEmail).equals(account.getEmail())) {
			errors.put("email", "This is already your address.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidForm(errors);
		}
		String address = UserAccount.normalize(newEmail);
		events.record(accountId, SecurityEventType.EMAIL_CHANGE_REQUESTED, null);
		if (users.findByEmail(address).isPresent()) {
			mails.newAddressTaken(address);
			return;
		}
		String token = tokens.issue(accountId, AccountTokens.Purpose.CHANGE_EMAIL, address,
				properties.emailChangeValidity());
		mails.confirmNewAddress(address, token);
	}

	/**
	 * Switches the account to the address the link was sent to, and tells the old
	 * address.
	 * @throws InvalidLink when the link expired, was used, is another account's, or the
	 * address was taken meanwhile
	 */
	@Transactional
	public void confirmEmailChange(long accountId, String token) {
		AccountTokens.Use peeked = tokens.peek(token, AccountTokens.Purpose.CHANGE_EMAIL).orElseThrow(InvalidLink::new);
		String address = peeked.payload();
		if (peeked.userId() != accountId || address == null || users.findByEmail(address).isPresent()) {
			throw new InvalidLink();
		}
		tokens.consume(token, AccountTokens.Purpose.CHANGE_EMAIL).orElseThrow(InvalidLink::new);
		UserAccount account = users.findById(accountId).orElseThrow(InvalidLink::new);
		String oldAddress = account.getEmail();
		account.changeEmail(address, clock.instant());
		users.save(account);
		events.record(accountId, SecurityEventType.EMAIL_CHANGED, null);
		mails.addressChanged(oldAddress, address);
	}

	@Transactional(readOnly = true)
	public boolean isEmailChangeUsable(long accountId, String token) {
		return tokens.peek(token, AccountTokens.Purpose.CHANGE_EMAIL)
			.filter(use -> use.userId() == accountId)
			.isPresent();
	}

	/**
	 * Checks the current password; attempts are limited per account, so that a session
	 * left open cannot be used to guess it.
	 */
	private boolean matches(UserAccount account, String password) {
		limits.consume("password-check-account", Long.toString(account.getId()));
		String hash = account.getPasswordHash();
		return hash != null && passwords.matches(password, hash);
	}

}
