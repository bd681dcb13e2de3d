package dev.backboard.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dev.backboard.core.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The external identities linked to accounts, keyed on (issuer, subject).
 */
@Service
public class Identities {

	private final JdbcClient jdbc;

	private final UserAccountRepository users;

	private final IdentityProviders providers;

	private final SecurityEvents events;

	private final Clock clock;

	Identities(JdbcClient jdbc, UserAccountRepository users, IdentityProviders providers, SecurityEvents events,
			Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.providers = providers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LinkedIdentity> of(long accountId) {
		return jdbc.sql("""
				select issuer, subject, email, linked_at from user_identity
				where user_id = ? order by linked_at""")
			.param(accountId)
			.query((rs, row) -> new LinkedIdentity(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/**
	 * Remembers in the session that the signed-in user is linking this provider; the
	 * provider's callback then links instead of signing in.
	 * @throws NotFound when no such provider is configured
	 */
	public void startLinking(HttpServletRequest request, long accountId, String registrationId) {
		providers.find(registrationId).orElseThrow(() -> new NotFound("provider"));
		request.getSession().setAttribute(LinkIntent.SESSION_ATTRIBUTE, new LinkIntent(accountId, registrationId));
	}

	/**
	 * Unlinks one of the account's identities, unless it is the last way to sign in.
	 * @throws NotFound when the account has no such identity
	 * @throws LastSignInMethod when the account has no password and no other identity
	 */
	@Transactional
	public void unlink(long accountId, String issuer, String subject) {
		UserAccount account = users.findById(accountId).orElseThrow(() -> new NotFound("account"));
		List<LinkedIdentity> linked = of(accountId);
		if (linked.stream().noneMatch(id -> id.issuer().equals(issuer) && id.subject().equals(subject))) {
			throw new NotFound("identity");
		}
		if (!account.hasPassword() && linked.size() == 1) {
			throw new LastSignInMethod();
		}
		jdbc.sql("delete from user_identity where issuer = ? and subject = ? and user_id = ?")
			.params(issuer, subject, accountId)
			.update();
		events.record(accountId, SecurityEventType.IDENTITY_UNLINKED, issuer);
	}

	/**
	 * Makes sign-ins with the same identity take turns until the transaction ends, so two
	 * first sign-ins at once create one account, on any node.
	 */
	void lock(String issuer, String subject) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('identity:' || ? || ' ' || ?, 0))")
			.params(issuer, subject)
			.query((row, n) -> 1)
			.list();
	}

	Optional<Long> owner(String issuer, String subject) {
		return jdbc.sql("select user_id from user_identity where issuer = ? and subject = ?")
			.params(issuer, subject)
			.query(Long.class)
			.optional();
	}

	void link(long accountId, ExternalIdentity identity) {
		jdbc.sql("insert into user_identity (issuer, subject, user_id, email, linked_at) values (?, ?, ?, ?, ?)")
			.params(identity.issuer(), identity.subject(), accountId, identity.email(), Timestamp.from(clock.instant()))
			.update();
		events.record(accountId, SecurityEventType.IDENTITY_LINKED, identity.issuer());
	}

	/** Unlinking would leave the account without any way to sign in. */
	public static class LastSignInMethod extends RuntimeException {

		LastSignInMethod() {
			super("Set a password or link another provider before unlinking this one.");
		}

	}

}
