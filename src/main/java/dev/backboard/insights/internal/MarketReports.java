package dev.backboard.insights.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.backboard.insights.InsightFilter;
import dev.backboard.insights.InsightsProperties;

import org.springframework.stereotype.Component;

/**
 * The reports, computed at most once a day per filter on each node. A report covers jobs
 * posted before today (UTC), so every node computes the same numbers for the same day
 * from the shared database, and a cached report is never more than a day behind.
 */
@Component
public class MarketReports {

	private record Key(LocalDate day, InsightFilter filter) {
	}

	private final InsightQueries queries;

	private final Clock clock;

	private final Cache<Key, MarketReport> cache;

	MarketReports(InsightQueries queries, Clock clock, InsightsProperties properties) {
		this.queries = queries;
		this.clock = clock;
		this.cache = Caffeine.newBuilder()
			.maximumSize(properties.cacheSize())
			.expireAfterWrite(Duration.ofDays(1))
			.build();
	}

	/**
	 * Today's report for the filter if this node computed it already; never starts the
	 * computation, which at a million jobs takes seconds to minutes.
	 */
	public Optional<MarketReport> computed(InsightFilter filter) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return Optional.ofNullable(cache.getIfPresent(new Key(today, filter)));
	}

	public MarketReport report(InsightFilter filter) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return cache.get(new Key(today, filter), key -> queries.report(key.filter(), key.day()));
	}

}
