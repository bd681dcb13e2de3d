package dev.backboard.search.internal;

import dev.backboard.search.SearchProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of search that differ between backends.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	static final String BACKEND = "backboard.search.backend";

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "lucene", matchIfMissing = true)
	FacetCounter facetCounter(FacetLabels labels) {
		return new EngineAggregationFacetCounter(labels);
	}

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	FacetCounter openSearchFacetCounter(FacetLabels labels) {
		return new EngineAggregationFacetCounter(labels);
	}

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	HibernatePropertiesCustomizer openSearchHibernateProperties(SearchProperties properties) {
		return new OpenSearchHibernateProperties(properties.opensearch());
	}

}
