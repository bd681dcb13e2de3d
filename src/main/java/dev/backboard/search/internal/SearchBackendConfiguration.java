package dev.backboard.search.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of search that differ between backends.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	@Bean
	FacetCounter facetCounter(FacetLabels labels) {
		return new EngineAggregationFacetCounter(labels);
	}

}
