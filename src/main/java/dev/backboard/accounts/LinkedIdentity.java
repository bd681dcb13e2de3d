package dev.backboard.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An external identity that signs into an account.
 *
 * @param issuer the provider's issuer, e.g. {@code https://accounts.google.com}
 * @param subject the provider's id of the person
 * @param email the email the provider gave when it was linked
 * @param linkedAt when it was linked
 */
public record LinkedIdentity(String issuer, String subject, @Nullable String email, Instant linkedAt) {

}
