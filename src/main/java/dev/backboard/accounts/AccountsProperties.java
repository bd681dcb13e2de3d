package dev.backboard.accounts;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts, their links and their sessions.
 *
 * @param sessionAbsoluteTimeout how long a session lives at most, however active it is;
 * older sessions are ended at their next request
 * @param emailVerificationValidity how long a link that confirms an address works
 * @param passwordResetValidity how long a password reset link works
 * @param emailChangeValidity how long the link that confirms a new address works
 * @param adminSetupValidity how long the link that creates the first admin works
 * @param adminEmail email of the admin created at startup when there is none yet; without
 * it (and the password) a one-time setup link is logged instead
 * @param adminPassword password of that admin; it must meet the password policy
 * @param totpEncryptionKey a base64 AES-256 key (32 bytes) that encrypts TOTP secrets at
 * rest; when unset, a random key is generated once and kept in the database, shared by
 * every node
 * @param totpIssuer the name authenticator apps show next to the account
 */
@ConfigurationProperties("backboard.accounts")
public record AccountsProperties(@DefaultValue("12h") Duration sessionAbsoluteTimeout,
		@DefaultValue("24h") Duration emailVerificationValidity, @DefaultValue("1h") Duration passwordResetValidity,
		@DefaultValue("24h") Duration emailChangeValidity, @DefaultValue("24h") Duration adminSetupValidity,
		@Nullable String adminEmail, @Nullable String adminPassword, @Nullable String totpEncryptionKey,
		@DefaultValue("Backboard") String totpIssuer) {

	boolean hasConfiguredAdmin() {
		return adminEmail != null && !adminEmail.isBlank() && adminPassword != null && !adminPassword.isEmpty();
	}

}
