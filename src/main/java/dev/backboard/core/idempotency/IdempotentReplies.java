package dev.backboard.core.idempotency;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * An API POST answered at most once per Idempotency-Key: without a key the write just
 * runs; with one, a retry with the same body gets the first answer (see
 * {@link IdempotentRequests}).
 */
@Component
public class IdempotentReplies {

	private static final int MAX_KEY_LENGTH = 255;

	private final IdempotentRequests requests;

	IdempotentReplies(IdempotentRequests requests) {
		this.requests = requests;
	}

	/**
	 * @param owner who sent it, e.g. "account:12"
	 * @param key the Idempotency-Key header, if sent
	 * @param requestBody what identifies the request's content (its body, or a hash of an
	 * upload)
	 * @throws ErrorResponseException 400 naming the header when the key is empty or too
	 * long
	 */
	public ResponseEntity<String> reply(String owner, @Nullable String key, String requestBody,
			Supplier<StoredResponse> write) {
		if (key == null) {
			return replay(write.get());
		}
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters.");
			problem.setProperty("errors", Map.of("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters"));
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		return replay(requests.run(owner, key, requestBody, write));
	}

	/** The stored answer as the HTTP response it was. */
	public static ResponseEntity<String> replay(StoredResponse stored) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(stored.status())
			.contentType(MediaType.APPLICATION_JSON);
		if (stored.location() != null) {
			response.location(URI.create(stored.location()));
		}
		if (stored.etag() != null) {
			response.eTag(stored.etag());
		}
		return response.body(stored.body());
	}

}
