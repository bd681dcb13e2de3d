package dev.backboard.core.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * The answer given to the first request with a key, replayed to its retries.
 *
 * @param status the HTTP status
 * @param location the Location header, if any
 * @param etag the ETag header, if any
 * @param body the JSON body
 */
public record StoredResponse(int status, @Nullable String location, @Nullable String etag, String body) {
}
