package dev.backboard.search.internal;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness of the search index: out of service while it is being rebuilt.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private final SearchIndexInitializer initializer;

	SearchIndexHealthIndicator(SearchIndexInitializer initializer) {
		this.initializer = initializer;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (initializer.isReady()) {
			builder.up();
		}
		else {
			builder.outOfService().withDetail("reason", "the search index is being built");
		}
	}

}
