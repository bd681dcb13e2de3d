package dev.backboard.accounts;

/**
 * A configured sign-in provider, as pages show it.
 *
 * @param registrationId the id in {@code spring.security.oauth2.client.registration.<id>}
 * @param name the name on buttons, e.g. "Google"
 */
public record IdentityProvider(String registrationId, String name) {

}
