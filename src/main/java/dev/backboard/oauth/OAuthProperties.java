package dev.backboard.oauth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The authorization server's token lifetimes.
 *
 * @param accessTokenTimeToLive how long an app's access token works
 * @param refreshTokenTimeToLive how long an unused refresh token stays valid (each use
 * replaces it)
 */
@ConfigurationProperties("backboard.oauth")
public record OAuthProperties(@DefaultValue("15m") Duration accessTokenTimeToLive,
		@DefaultValue("30d") Duration refreshTokenTimeToLive) {
}
