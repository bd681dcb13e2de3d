package dev.backboard.search;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search.
 *
 * @param backend where the job index lives: {@code lucene}, embedded in each node's data
 * directory, or {@code opensearch}, one cluster shared by every node
 * @param opensearch the cluster, when the backend is {@code opensearch}
 * @param resultCacheSize how many answers to recent searches each node keeps with the
 * embedded index, until the index changes or the minute turns; 0 for none
 */
@ConfigurationProperties("backboard.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend, @DefaultValue OpenSearch opensearch,
		@DefaultValue("500") int resultCacheSize) {

	public SearchProperties {
		if (resultCacheSize < 0) {
			throw new IllegalArgumentException(
					"backboard.search.result-cache-size: " + resultCacheSize + " is negative; 0 turns the cache off");
		}
	}

	public enum Backend {

		LUCENE, OPENSEARCH

	}

	/**
	 * How to reach the OpenSearch cluster.
	 *
	 * @param uris the nodes' addresses, all {@code http} or all {@code https}; with
	 * {@code https} the certificate is checked against the JVM's trust store
	 * ({@code -Djavax.net.ssl.trustStore=...})
	 * @param username the user for HTTP basic authentication, unset for none
	 * @param password that user's password
	 * @param version the cluster's OpenSearch version, major and minor: it is not asked
	 * of the cluster at start, so that a node starts while the cluster is unreachable
	 * @param index the name of the board's index in the cluster and the stem of its
	 * aliases ({@code <index>-read}, {@code <index>-write}): boards sharing a cluster (a
	 * staging and a live one) each need their own
	 */
	public record OpenSearch(@DefaultValue("http://localhost:9200") List<URI> uris, @Nullable String username,
			@Nullable String password, @DefaultValue("3.4") String version, @DefaultValue("job") String index) {

		public OpenSearch {
			uris = List.copyOf(uris);
			if (uris.isEmpty()) {
				throw new IllegalArgumentException("backboard.search.opensearch.uris is empty");
			}
			for (URI uri : uris) {
				boolean path = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/");
				if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null || path
						|| uri.getRawQuery() != null) {
					throw new IllegalArgumentException("backboard.search.opensearch.uris: '" + uri
							+ "' is not an address like http://localhost:9200 or https://search.example.com:9200");
				}
			}
			if (uris.stream().map(URI::getScheme).distinct().count() > 1) {
				throw new IllegalArgumentException("backboard.search.opensearch.uris mixes http and https: " + uris);
			}
			if (!version.matches("\\d+\\.\\d+(\\.\\d+)?")) {
				throw new IllegalArgumentException(
						"backboard.search.opensearch.version: '" + version + "' is not a version like 3.4");
			}
			// OpenSearch's rules for index names, less the characters its aliases and
			// patterns give a meaning
			if (!index.matches("[a-z0-9][a-z0-9_-]{0,199}")) {
				throw new IllegalArgumentException("backboard.search.opensearch.index: '" + index
						+ "' is not an index name: lower-case letters, digits, '-' and '_', starting with a letter "
						+ "or digit");
			}
		}

		/** {@code http} or {@code https}. */
		public String protocol() {
			return uris.get(0).getScheme();
		}

		/** The nodes as {@code host:port}, port 9200 when the URI has none. */
		public List<String> hosts() {
			return uris.stream()
				.map(uri -> uri.getHost() + ":" + (uri.getPort() == -1 ? 9200 : uri.getPort()))
				.toList();
		}

	}

}
