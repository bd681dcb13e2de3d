package dev.backboard.core.ratelimit;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL, so that every node counts the same attempts. A bucket
 * is keyed by limit name and subject (an IP address or an account), e.g.
 * {@code login-ip:203.0.113.9}.
 */
@Component
public class RateLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final RateLimitProperties properties;

	RateLimits(DataSource dataSource, RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.clientClock(new ClockTimeMeter(clock))
			.build();
	}

	/**
	 * Takes one attempt from the bucket of that limit and subject.
	 * @throws RateLimited when the bucket is empty
	 */
	public void consume(String limit, String subject) {
		RateLimitProperties.Limit configured = properties.limits().get(limit);
		if (configured == null) {
			return;
		}
		ConsumptionProbe probe = bucket(buckets, limit + ":" + subject, configured).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateLimited(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/**
	 * Takes up to that many attempts at once from the bucket of that limit and subject,
	 * in one round trip to the database.
	 * @return how many it took: all of them, or as many as the bucket held
	 */
	public long consumeUpTo(String limit, String subject, long attempts) {
		RateLimitProperties.Limit configured = properties.limits().get(limit);
		if (configured == null) {
			return attempts;
		}
		return bucket(buckets, limit + ":" + subject, configured).tryConsumeAsMuchAsPossible(attempts);
	}

	/**
	 * Forgets a subject's attempts, e.g. an account's failed sign-ins after a success.
	 */
	public void reset(String limit, String subject) {
		buckets.removeProxy(limit + ":" + subject);
	}

	/** Deletes buckets that have filled up again. */
	public int removeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = buckets.removeExpired(1000);
			removed += batch;
		}
		while (batch == 1000);
		return removed;
	}

	private static io.github.bucket4j.distributed.BucketProxy bucket(ProxyManager<String> buckets, String key,
			RateLimitProperties.Limit limit) {
		return buckets.builder()
			.build(key,
					() -> BucketConfiguration.builder()
						.addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
							.refillGreedy(limit.capacity(), limit.period()))
						.build());
	}

	/** Bucket4j reads the application's clock, so tests can move time forward. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return Math.multiplyExact(clock.millis(), 1_000_000L);
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
