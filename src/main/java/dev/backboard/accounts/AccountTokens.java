package dev.backboard.accounts;

import dev.backboard.core.Secrets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links for one account: confirm an email, reset a password, confirm a new
 * address. Using one marks it used in the same statement that reads it, so two clicks at
 * once cannot both succeed.
 */
@Component
class AccountTokens {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL

	}

	/**
	 * What a valid token stands for.
	 *
	 * @param userId the account it was issued for
	 * @param payload what it carries, e.g. the address to confirm
	 */
	record Use(long userId, @Nullable String payload) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the token to put in the link; it is not kept anywhere
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	String issue(long userId, Purpose purpose, @Nullable String payload, Duration validity) {
		String token = Secrets.random();
		jdbc.sql("""
				insert into account_token (token_hash, purpose, user_id, payload, expires_at, created_at)
				values (:hash, :purpose, :user, :payload, :expires, :now)""")
			.param("hash", Secrets.sha256(token))
			.param("purpose", purpose.name())
			.param("user", userId)
			.param("payload", payload)
			.param("expires", Timestamp.from(clock.instant().plus(validity)))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return token;
	}

	/** Reads a token that is still usable, without using it (to show a form). */
	Optional<Use> peek(String token, Purpose purpose) {
		return jdbc.sql("""
				select user_id, payload from account_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", Secrets.sha256(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new Use(rs.getLong("user_id"), rs.getString("payload")))
			.optional();
	}

	/** Uses a token once: a second call, or a call after it expired, finds nothing. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Use> consume(String token, Purpose purpose) {
		return jdbc.sql("""
				update account_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning user_id, payload""")
			.param("hash", Secrets.sha256(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new Use(rs.getLong("user_id"), rs.getString("payload")))
			.optional();
	}

	/**
	 * Voids the account's other unused tokens of that purpose, e.g. older reset links.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void revokeAll(long userId, Purpose purpose) {
		jdbc.sql(
				"update account_token set used_at = :now where user_id = :user and purpose = :purpose and used_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("user", userId)
			.param("purpose", purpose.name())
			.update();
	}

}
