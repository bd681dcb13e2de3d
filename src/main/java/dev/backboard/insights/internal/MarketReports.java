package dev.backboard.insights.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.backboard.insights.InsightFilter;
import dev.backboard.insights.InsightsProperties;

import org.springframework.stereotype.Component;

/**
 * The reports, read from {@code insight_report} (filled by the daily run for the common
 * views, and by the first request of the day for any other combination) and kept per node
 * for the day. A report covers jobs posted before its day (UTC), so a stored report never
 * changes.
 */
@Component
public class MarketReports {

	private record Key(LocalDate day, InsightFilter filter) {
	}

	private final ReportComputer computer;

	private final StoredReports stored;

	private final Clock clock;

	private final Cache<Key, MarketReport> cache;

	MarketReports(ReportComputer computer, StoredReports stored, Clock clock, InsightsProperties properties) {
		this.computer = computer;
		this.stored = stored;
		this.clock = clock;
		this.cache = Caffeine.newBuilder()
			.maximumSize(properties.cacheSize())
			.expireAfterWrite(Duration.ofDays(1))
			.build();
	}

	/**
	 * The filter's report without computing anything: today's from this node's memory or
	 * the table, or, until today's run has stored it, yesterday's. Empty when neither was
	 * stored.
	 */
	public Optional<MarketReport> computed(InsightFilter filter) {
		LocalDate today = today();
		Key key = new Key(today, filter);
		MarketReport cached = cache.getIfPresent(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		return stored.latest(filter, today).filter(found -> !found.day().isBefore(today.minusDays(1))).map(found -> {
			if (found.day().equals(today)) {
				cache.put(key, found.report());
			}
			return found.report();
		});
	}

	/**
	 * The filter's report, computed now and stored for every node when no recent one is
	 * stored (a filter combination the daily run does not cover).
	 */
	public MarketReport report(InsightFilter filter) {
		return computed(filter).orElseGet(() -> cache.get(new Key(today(), filter), key -> {
			MarketReport report = computer.compute(key.filter(), key.day());
			stored.store(key.day(), Map.of(key.filter(), report));
			return report;
		}));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
