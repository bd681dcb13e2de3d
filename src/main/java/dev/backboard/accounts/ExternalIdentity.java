package dev.backboard.accounts;

import org.jspecify.annotations.Nullable;

/**
 * Who a provider says signed in. Only {@code issuer} and {@code subject} identify the
 * person; the email is a claim used to create an account, never to find one.
 */
record ExternalIdentity(String registrationId, String issuer, String subject, @Nullable String email,
		boolean emailVerified, String displayName) {

}
