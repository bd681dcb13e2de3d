package dev.backboard.oauth.internal;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.core.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The grants people gave apps, in PostgreSQL, with reuse detection for rotated refresh
 * tokens: each refresh token replaced by rotation is remembered by its hash, and one that
 * comes back revokes the whole grant (every token issued from the same authorization),
 * since either the app or a thief holds a copy (OAuth 2.1, section 4.3.1).
 * <p>
 * The signed-in person is stored as their account id only: the session's principal is not
 * something the stored grant needs, or should carry.
 */
class RefreshTokenFamilies implements OAuth2AuthorizationService {

	private static final Logger log = LoggerFactory.getLogger(RefreshTokenFamilies.class);

	private final OAuth2AuthorizationService stored;

	private final JdbcClient jdbc;

	private final Clock clock;

	RefreshTokenFamilies(OAuth2AuthorizationService stored, JdbcClient jdbc, Clock clock) {
		this.stored = stored;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		OAuth2Authorization before = stored.findById(authorization.getId());
		String spent = refreshToken(before);
		if (spent != null && !spent.equals(refreshToken(authorization))) {
			jdbc.sql("""
					insert into oauth_spent_refresh_token (token_hash, authorization_id, principal_name, spent_at)
					values (:hash, :authorization, :principal, :now) on conflict do nothing""")
				.param("hash", Secrets.sha256(spent))
				.param("authorization", authorization.getId())
				.param("principal", authorization.getPrincipalName())
				.param("now", Timestamp.from(clock.instant()))
				.update();
		}
		stored.save(withPlainPrincipal(authorization));
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		stored.remove(authorization);
		jdbc.sql("delete from oauth_spent_refresh_token where authorization_id = :id")
			.param("id", authorization.getId())
			.update();
	}

	@Override
	public @Nullable OAuth2Authorization findById(String id) {
		return stored.findById(id);
	}

	@Override
	public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
		OAuth2Authorization found = stored.findByToken(token, tokenType);
		if (found == null && (tokenType == null || OAuth2TokenType.REFRESH_TOKEN.equals(tokenType))) {
			revokeFamilyOf(token);
		}
		return found;
	}

	private void revokeFamilyOf(String spentToken) {
		jdbc.sql("select authorization_id from oauth_spent_refresh_token where token_hash = :hash")
			.param("hash", Secrets.sha256(spentToken))
			.query(String.class)
			.optional()
			.map(stored::findById)
			.ifPresent(family -> {
				log.warn("A rotated refresh token was used again: revoking grant {} of account {} for app {}",
						family.getId(), family.getPrincipalName(), family.getRegisteredClientId());
				remove(family);
			});
	}

	private static @Nullable String refreshToken(@Nullable OAuth2Authorization authorization) {
		if (authorization == null) {
			return null;
		}
		OAuth2Authorization.Token<OAuth2RefreshToken> token = authorization.getRefreshToken();
		return token == null ? null : token.getToken().getTokenValue();
	}

	private static OAuth2Authorization withPlainPrincipal(OAuth2Authorization authorization) {
		Object principal = authorization.getAttribute(Principal.class.getName());
		if (!(principal instanceof Authentication person) || person.getPrincipal() instanceof String) {
			return authorization;
		}
		Authentication plain = UsernamePasswordAuthenticationToken
			.authenticated(Objects.requireNonNull(person.getName()), null, person.getAuthorities());
		return OAuth2Authorization.from(authorization).attribute(Principal.class.getName(), plain).build();
	}

}
