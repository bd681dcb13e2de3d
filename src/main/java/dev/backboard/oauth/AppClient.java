package dev.backboard.oauth;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A registered app, as the admin page lists it; never its secret.
 *
 * @param id the registration's id
 * @param clientId what the app sends as {@code client_id}
 * @param name its name
 * @param confidential whether it authenticates with a secret
 * @param redirectUris where codes may be sent
 * @param scopes what it may ask for
 * @param origins browser origins allowed by CORS
 * @param createdAt when it was registered
 */
public record AppClient(String id, String clientId, String name, boolean confidential, List<String> redirectUris,
		Set<String> scopes, List<String> origins, Instant createdAt) {
}
