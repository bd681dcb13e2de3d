package dev.backboard.insights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import dev.backboard.insights.InsightFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The day's run: computes the common views from one read of the period's jobs, stores
 * them for every node and deletes the days before.
 */
@Component
public class DailyInsights {

	private static final Logger log = LoggerFactory.getLogger(DailyInsights.class);

	private final ReportComputer computer;

	private final StoredReports stored;

	private final Clock clock;

	DailyInsights(ReportComputer computer, StoredReports stored, Clock clock) {
		this.computer = computer;
		this.stored = stored;
		this.clock = clock;
	}

	/** Computes and stores today's common reports; returns how many. */
	public int run() {
		LocalDate today = today();
		long start = System.nanoTime();
		Map<InsightFilter, MarketReport> reports = computer.common(today);
		long computed = System.nanoTime();
		stored.store(today, reports);
		int deleted = stored.deleteBefore(today);
		log.info("Market insights for {}: {} reports computed in {} ms, stored in {} ms; {} older ones deleted", today,
				reports.size(), (computed - start) / 1_000_000, (System.nanoTime() - computed) / 1_000_000, deleted);
		return reports.size();
	}

	/** Whether today's report of every job is stored (the run stores it first). */
	public boolean ranToday() {
		return stored.has(InsightFilter.ALL, today());
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
