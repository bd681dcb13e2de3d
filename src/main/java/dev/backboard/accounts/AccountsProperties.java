package dev.backboard.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts module.
 *
 * @param totpEncryptionKey a base64 AES-256 key (32 bytes) that encrypts TOTP secrets at
 * rest; when unset, a random key is generated once and kept in the database, shared by
 * every node
 * @param totpIssuer the name authenticator apps show next to the account
 */
@ConfigurationProperties("backboard.accounts")
record AccountsProperties(@Nullable String totpEncryptionKey, @DefaultValue("Backboard") String totpIssuer) {

}
