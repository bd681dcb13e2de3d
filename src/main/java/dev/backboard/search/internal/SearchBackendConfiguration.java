package dev.backboard.search.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of search that differ between backends.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	/** The embedded index counts facets from per-segment structures. */
	@Bean
	@ConditionalOnProperty(name = "backboard.search.backend", havingValue = "lucene", matchIfMissing = true)
	FacetCounter segmentFacetCounter(FacetLabels labels) {
		return new SegmentFacetCounter(labels);
	}

	/** A remote engine counts facets with its own aggregations, next to the data. */
	@Bean
	@ConditionalOnProperty(name = "backboard.search.backend", havingValue = "opensearch")
	FacetCounter engineAggregationFacetCounter(FacetLabels labels) {
		return new EngineAggregationFacetCounter(labels);
	}

}
