package dev.backboard.search.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness of the search index: out of service while it is being built or cannot be
 * used; with OpenSearch, down while the cluster is red or unreachable.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private final SearchIndexInitializer initializer;

	private final @Nullable OpenSearchIndex cluster;

	SearchIndexHealthIndicator(SearchIndexInitializer initializer, ObjectProvider<OpenSearchIndex> cluster) {
		this.initializer = initializer;
		this.cluster = cluster.getIfAvailable();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		String notReady = initializer.notReadyReason();
		if (notReady != null) {
			builder.outOfService().withDetail("reason", notReady);
			return;
		}
		if (cluster == null) {
			builder.up();
			return;
		}
		try {
			String health = cluster.health();
			(health.equals("red") ? builder.down() : builder.up()).withDetail("cluster", health);
		}
		catch (Exception ex) {
			builder.down().withDetail("reason", "OpenSearch is unreachable at " + cluster.uris());
		}
	}

}
