package dev.backboard.oauth.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens for every app allowed the refresh grant, public ones included (the
 * default generator leaves those out): safe because they rotate and a reused one revokes
 * the grant.
 */
class RotatingRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

	private final StringKeyGenerator keys = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

	private final Clock clock;

	RotatingRefreshTokens(Clock clock) {
		this.clock = clock;
	}

	@Override
	public @Nullable OAuth2RefreshToken generate(OAuth2TokenContext context) {
		if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType()) || !context.getRegisteredClient()
			.getAuthorizationGrantTypes()
			.contains(AuthorizationGrantType.REFRESH_TOKEN)) {
			return null;
		}
		Instant now = clock.instant();
		return new OAuth2RefreshToken(keys.generateKey(), now,
				now.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
	}

}
