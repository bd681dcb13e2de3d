package dev.backboard.analytics;

import java.time.LocalDate;

/**
 * A day of the whole board, for the operator.
 */
public record BoardDay(LocalDate day, long searches, long searchesWithoutResults, long views, long applyClicks,
		long applications, long alertSignups, long feedFetches) {
}
