package dev.backboard.companies;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An API token as its company's owners see it listed: never its secret or hash.
 *
 * @param id its id
 * @param name what its owner called it
 * @param scopes what it may do, e.g. {@code jobs:read}
 * @param createdAt when it was created
 * @param lastUsedAt when it last authenticated a request, to the minute
 * @param revokedAt when it was revoked, if it was
 */
public record ApiToken(long id, String name, List<String> scopes, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

	public boolean isRevoked() {
		return revokedAt != null;
	}

}
