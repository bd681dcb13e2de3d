package dev.backboard.companies;

import dev.backboard.core.Secrets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: "bb_" and 32 random bytes, shown once when created; the database keeps only
 * their SHA-256. Each acts for one company, with the scopes it was given, until it is
 * revoked.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "bb_";

	/** How stale a token's last use may be: one write a minute per token at most. */
	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A token just created, with the secret that is never shown again.
	 *
	 * @param id its id
	 * @param secret the token to send as {@code Authorization: Bearer …}
	 */
	public record Created(long id, String secret) {
	}

	/**
	 * @throws InvalidCompany naming the bad field ({@code name} or {@code scopes})
	 */
	@Transactional
	public Created create(long companyId, long accountId, @Nullable String name, Collection<String> scopes) {
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 100) {
			throw InvalidCompany.field("name", "Give the token a name of 1 to 100 characters, e.g. \"ATS sync\".");
		}
		Set<ApiScope> granted = scopes.stream()
			.map(ApiScope::of)
			.flatMap(Optional::stream)
			.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(ApiScope.class)));
		if (granted.isEmpty() || granted.size() != Set.copyOf(scopes).size()) {
			throw InvalidCompany.field("scopes", "Choose jobs:read, jobs:write or both.");
		}
		String secret = PREFIX + Secrets.random();
		long id = jdbc.sql("""
				insert into api_token (company_id, name, token_hash, scopes, created_by, created_at)
				values (:company, :name, :hash, :scopes, :user, :now) returning id""")
			.param("company", companyId)
			.param("name", label)
			.param("hash", Secrets.sha256(secret))
			.param("scopes", granted.stream().map(ApiScope::value).collect(Collectors.joining(" ")))
			.param("user", accountId)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		return new Created(id, secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(long companyId) {
		return jdbc.sql("""
				select id, name, scopes, created_at, last_used_at, revoked_at
				from api_token where company_id = :company order by created_at desc, id desc""")
			.param("company", companyId)
			.query((row, n) -> new ApiToken(row.getLong(1), row.getString(2),
					Arrays.asList(row.getString(3).split(" ")), row.getTimestamp(4).toInstant(), instant(row, 5),
					instant(row, 6)))
			.list();
	}

	/**
	 * Revokes the token at once: the next request with it is refused.
	 * @throws ApiTokenNotFound when it is not that company's
	 */
	@Transactional
	public void revoke(long companyId, long tokenId) {
		int found = jdbc.sql("""
				update api_token set revoked_at = coalesce(revoked_at, :now)
				where id = :id and company_id = :company""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("company", companyId)
			.update();
		if (found == 0) {
			throw new ApiTokenNotFound();
		}
	}

	/** The client a live token stands for; nothing for unknown or revoked ones. */
	@Transactional
	public Optional<ApiClient> authenticate(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Optional<ApiClient> client = jdbc.sql("""
				select id, company_id, name, scopes from api_token
				where token_hash = :hash and revoked_at is null""")
			.param("hash", Secrets.sha256(secret))
			.query((row, n) -> new ApiClient(row.getLong(2), row.getLong(1), row.getString(3),
					Set.of(row.getString(4).split(" "))))
			.optional();
		client.ifPresent(this::noteUse);
		return client;
	}

	private void noteUse(ApiClient client) {
		Instant now = clock.instant();
		jdbc.sql("""
				update api_token set last_used_at = :now
				where id = :id and (last_used_at is null or last_used_at < :stale)""")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(LAST_USE_PRECISION)))
			.param("id", client.tokenId())
			.update();
	}

	private static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
