package dev.backboard.search.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.http.ConnectionClosedException;
import org.elasticsearch.client.ResponseException;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;

/**
 * Tells a search engine that cannot answer for now from a request it refused.
 */
public final class EngineFailures {

	/**
	 * How Hibernate Search names the status of a failed request: it keeps the response in
	 * the message only ("Response: 503 'Service Unavailable' from ...").
	 */
	private static final Pattern REPORTED_STATUS = Pattern.compile("\\bResponse: (\\d{3}) '");

	private EngineFailures() {
	}

	/**
	 * Whether a failure comes from a cluster that cannot answer for now rather than from
	 * the request: refused, timed out or closed connections, a 503 (the cluster itself,
	 * or an index whose shards are still starting or moving), a 429 (its queues are full)
	 * or a 408 (it did not get there in time, e.g. an index waited for).
	 */
	public static boolean isUnavailable(Throwable failure) {
		List<Throwable> causes = causes(failure);
		for (Throwable cause : causes) {
			if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
					|| cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
					|| cause instanceof ConnectionClosedException || cause instanceof TimeoutException
					|| cause instanceof SearchTimeoutException) {
				return true;
			}
		}
		int status = status(causes);
		return status == 503 || status == 429 || status == 408;
	}

	/**
	 * The HTTP status the cluster answered a failed request with, or 0 when it did not
	 * answer.
	 */
	static int status(Throwable failure) {
		return status(causes(failure));
	}

	private static int status(List<Throwable> causes) {
		for (Throwable cause : causes) {
			if (cause instanceof ResponseException response) {
				return response.getResponse().getStatusLine().getStatusCode();
			}
			if (cause instanceof SearchException && cause.getMessage() != null) {
				Matcher reported = REPORTED_STATUS.matcher(cause.getMessage());
				if (reported.find()) {
					return Integer.parseInt(reported.group(1));
				}
			}
		}
		return 0;
	}

	/**
	 * The failure, its causes and what they suppressed: Hibernate Search's schema
	 * management reports each index's failure as a suppressed exception.
	 */
	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> all = new ArrayList<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
		while (!next.isEmpty()) {
			Throwable cause = next.removeFirst();
			if (seen.add(cause)) {
				all.add(cause);
				if (cause.getCause() != null) {
					next.addLast(cause.getCause());
				}
				next.addAll(List.of(cause.getSuppressed()));
			}
		}
		return all;
	}

}
