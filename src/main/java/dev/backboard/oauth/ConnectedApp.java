package dev.backboard.oauth;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An app a person authorized.
 *
 * @param id the app's registration id
 * @param name its name
 * @param scopes what the person allowed
 * @param lastTokenAt when it last got a token, if ever
 */
public record ConnectedApp(String id, String name, List<String> scopes, @Nullable Instant lastTokenAt) {
}
