package dev.backboard.syndication;

/**
 * A feed reader or aggregator fetched one of the board's feeds (304 answers included).
 * Published on the request's thread, so listeners may read the request.
 *
 * @param feed which feed: {@code search}, {@code company}, {@code skill} or {@code full}
 */
public record FeedFetched(String feed) {
}
