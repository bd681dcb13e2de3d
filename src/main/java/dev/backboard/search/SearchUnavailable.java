package dev.backboard.search;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.hibernate.search.util.common.SearchException;

/**
 * The search engine cannot be reached (an OpenSearch cluster that is down or restarting):
 * a moment's outage for the caller to retry, not a bug. Writes go on meanwhile; their
 * index changes wait in the outbox.
 */
public class SearchUnavailable extends RuntimeException {

	/** Seconds a client should wait before it retries. */
	public static final int RETRY_AFTER_SECONDS = 5;

	SearchUnavailable(Throwable cause) {
		super("The search engine cannot be reached", cause);
	}

	/** Whether the engine failed to answer, rather than refused the request. */
	static boolean unreachable(SearchException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException || cause instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

}
