package dev.backboard.search.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.apache.http.ConnectionClosedException;
import org.elasticsearch.client.ResponseException;

/**
 * Tells a search engine that cannot be reached from a request it refused.
 */
public final class EngineFailures {

	private EngineFailures() {
	}

	/**
	 * Whether a failure comes from not reaching the cluster (refused, timed out, closed,
	 * or a 503 from the cluster itself), rather than from the request.
	 */
	public static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ResponseException response) {
				return response.getResponse().getStatusLine().getStatusCode() == 503;
			}
			if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
					|| cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
					|| cause instanceof ConnectionClosedException || cause instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

}
