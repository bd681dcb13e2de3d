package dev.backboard.search;

/**
 * A completion for the search box.
 *
 * @param kind what it is: skill, title, company or place
 * @param label what to show
 * @param query the search it leads to, as a query string
 * @param count open jobs behind it, when known
 */
public record Suggestion(String kind, String label, String query, long count) {
}
