package dev.backboard.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.NotFound;
import dev.backboard.core.privacy.PersonalData;
import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The account's own fields, linked identities and security log, for export; on erasure
 * the identities, recovery codes, single-use links and sessions go, and the security log
 * keeps only what happened and when. The account row itself is deleted last by
 * {@link AccountClosure}, after every module has erased its part.
 */
@Component
class AccountPersonalData implements PersonalData {

	private final UserAccountRepository users;

	private final Identities identities;

	private final AccountSessions sessions;

	private final RateLimits rateLimits;

	private final JdbcClient jdbc;

	AccountPersonalData(UserAccountRepository users, Identities identities, AccountSessions sessions,
			RateLimits rateLimits, JdbcClient jdbc) {
		this.users = users;
		this.identities = identities;
		this.sessions = sessions;
		this.rateLimits = rateLimits;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public Object export(long accountId) {
		UserAccount account = users.findById(accountId).orElseThrow(() -> new NotFound("account"));
		List<Identity> linked = identities.of(accountId)
			.stream()
			.map(id -> new Identity(id.issuer(), id.subject(), id.email(), id.linkedAt()))
			.toList();
		List<Event> events = jdbc
			.sql("select occurred_at, type, ip from security_event where user_id = ? order by occurred_at, id")
			.param(accountId)
			.query((row, n) -> new Event(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3)))
			.list();
		return new Export(accountId, account.getEmail(), account.getDisplayName(), account.getRoles(),
				account.getCreatedAt(), account.isEmailVerified(), account.isTotpEnabled(), account.hasPassword(),
				linked, events);
	}

	@Override
	public void erase(long accountId) {
		UserAccount account = users.findById(accountId).orElseThrow(() -> new NotFound("account"));
		jdbc.sql("delete from user_identity where user_id = ?").param(accountId).update();
		jdbc.sql("delete from recovery_code where user_id = ?").param(accountId).update();
		jdbc.sql("delete from account_token where user_id = ?").param(accountId).update();
		// What happened stays, for the board's security; who and from where does not.
		jdbc.sql("update security_event set user_id = null, ip = null, detail = null where user_id = ?")
			.param(accountId)
			.update();
		// Counters keyed by the address would otherwise keep it until they expire.
		rateLimits.reset(SignInAttempts.PER_ACCOUNT, account.getEmail());
		rateLimits.reset("password-reset-email", account.getEmail());
		// Sessions live outside this transaction: ended only once the erasure is
		// committed, so a refused erasure leaves the person signed in.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				sessions.endAll(accountId, null);
			}
		});
	}

	record Export(long id, String email, String displayName, Set<Role> roles, Instant createdAt, boolean emailVerified,
			boolean twoFactorEnabled, boolean hasPassword, List<Identity> identities, List<Event> securityEvents) {
	}

	record Identity(String issuer, String subject, @Nullable String email, Instant linkedAt) {
	}

	record Event(Instant occurredAt, String type, @Nullable String ip) {
	}

}
