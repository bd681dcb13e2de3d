package dev.backboard.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up by password. Whether the address already has an account is never shown: both
 * cases end on the same page, and the owner of a taken address gets a mail instead.
 */
@Service
public class SignUps {

	/**
	 * What the sign-up form sends.
	 *
	 * @param displayName how the board shows the person
	 * @param email the address to sign in with
	 * @param password the chosen password
	 * @param role {@link Role#EMPLOYER} (hiring) or {@link Role#CANDIDATE} (looking for a
	 * job)
	 */
	public record Form(String displayName, String email, String password, @Nullable Role role) {
	}

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final EmailVerification verification;

	private final AccountMails mails;

	private final SecurityEvents events;

	private final Clock clock;

	private final EntityManager entityManager;

	SignUps(UserAccountRepository users, PasswordEncoder passwords, PasswordPolicy policy,
			EmailVerification verification, AccountMails mails, SecurityEvents events, Clock clock,
			EntityManager entityManager) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.verification = verification;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Creates an unverified account and mails it a confirmation link, or mails the owner
	 * of the address if it is taken.
	 * @throws InvalidForm when a field is missing or refused
	 */
	@Transactional
	public void signUp(Form form) {
		validate(form);
		String hash = passwords.encode(form.password());
		Optional<UserAccount> existing = users.findByEmail(UserAccount.normalize(form.email()));
		if (existing.isPresent()) {
			// The hash above is computed anyway, so both answers take as long.
			mails.signUpWithTakenAddress(existing.get().getEmail());
			events.record(existing.get().getId(), SecurityEventType.SIGN_UP_WITH_TAKEN_EMAIL, null);
			return;
		}
		UserAccount account = users.save(new UserAccount(form.email(), hash, form.displayName(),
				Set.of(Objects.requireNonNull(form.role())), clock.instant()));
		// The link's row refers to the account, and is written with plain JDBC.
		entityManager.flush();
		events.record(account.getId(), SecurityEventType.SIGNED_UP, "role " + form.role());
		verification.sendLink(account);
	}

	private void validate(Form form) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = form.displayName().strip();
		if (name.isEmpty()) {
			errors.put("displayName", "Enter your name.");
		}
		else if (name.length() > 100) {
			errors.put("displayName", "Use at most 100 characters.");
		}
		if (!Emails.isPlausible(form.email())) {
			errors.put("email", "Enter an email address like name@example.com.");
		}
		policy.problem(form.password(), form.email()).ifPresent(problem -> errors.put("password", problem));
		if (form.role() != Role.EMPLOYER && form.role() != Role.CANDIDATE) {
			errors.put("role", "Choose whether you are hiring or looking for a job.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidForm(errors);
		}
	}

}
