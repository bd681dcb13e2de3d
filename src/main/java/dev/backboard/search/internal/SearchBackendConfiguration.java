package dev.backboard.search.internal;

import jakarta.persistence.EntityManagerFactory;

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

	/**
	 * A change is searchable when its transaction commits; with OpenSearch it goes
	 * through the outbox instead, which refuses any synchronization setting, so this is
	 * not in application.yml.
	 */
	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "lucene", matchIfMissing = true)
	HibernatePropertiesCustomizer luceneIndexingSynchronization() {
		return properties -> properties.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
	}

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	OpenSearchIndex openSearchIndex(EntityManagerFactory entityManagerFactory, SearchProperties properties) {
		return new OpenSearchIndex(entityManagerFactory, properties.opensearch().uris());
	}

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	HibernatePropertiesCustomizer openSearchHibernateProperties(SearchProperties properties) {
		return new OpenSearchHibernateProperties(properties.opensearch());
	}

}
