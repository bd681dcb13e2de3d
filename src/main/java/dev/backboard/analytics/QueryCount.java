package dev.backboard.analytics;

/**
 * A normalized search query with how often it was searched and found nothing.
 */
public record QueryCount(String query, long searches, long withoutResults) {
}
