package dev.backboard.core.idempotency;

import dev.backboard.core.Secrets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs an API write at most once per (caller, key). The key's row is inserted in the same
 * transaction as the write: a concurrent retry waits on it and then replays the stored
 * answer; a crash rolls both back, so the retry runs the write again.
 */
@Component
public class IdempotentRequests {

	/** How long a key is remembered. */
	static final Duration RETENTION = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotentRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Runs the write unless the key was used before with the same body, in which case the
	 * first answer is returned.
	 * @param owner who sent it (keys are per caller), e.g. "company:12"
	 * @param key the Idempotency-Key header
	 * @param requestBody the raw request body, compared by hash
	 * @param write the write, run in this transaction
	 * @throws IdempotencyKeyReused when the key came with another body
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public StoredResponse run(String owner, String key, String requestBody, Supplier<StoredResponse> write) {
		String hash = Secrets.sha256(requestBody);
		int inserted = jdbc.sql("""
				insert into idempotent_request (owner, idem_key, request_hash, created_at)
				values (:owner, :key, :hash, :now) on conflict do nothing""")
			.param("owner", owner)
			.param("key", key)
			.param("hash", hash)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			return replay(owner, key, hash);
		}
		StoredResponse response = write.get();
		jdbc.sql("""
				update idempotent_request set status = :status, location = :location, etag = :etag, body = :body
				where owner = :owner and idem_key = :key""")
			.param("status", response.status())
			.param("location", response.location())
			.param("etag", response.etag())
			.param("body", response.body())
			.param("owner", owner)
			.param("key", key)
			.update();
		return response;
	}

	/** Forgets keys older than the retention period. */
	@Transactional
	public int forgetOld() {
		return jdbc.sql("delete from idempotent_request where created_at < :cutoff")
			.param("cutoff", Timestamp.from(clock.instant().minus(RETENTION)))
			.update();
	}

	private StoredResponse replay(String owner, String key, String hash) {
		Optional<Stored> stored = jdbc.sql("""
				select request_hash, status, location, etag, body from idempotent_request
				where owner = :owner and idem_key = :key""")
			.param("owner", owner)
			.param("key", key)
			.query(Stored.class)
			.optional();
		Stored first = stored.orElseThrow(() -> new IllegalStateException("Idempotency key vanished"));
		if (!first.requestHash().equals(hash)) {
			throw new IdempotencyKeyReused();
		}
		return new StoredResponse(first.status(), first.location(), first.etag(), first.body());
	}

	private record Stored(String requestHash, int status, @Nullable String location, @Nullable String etag,
			String body) {
	}

}
