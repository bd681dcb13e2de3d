package dev.backboard.search.internal;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import dev.backboard.jobs.JobService;

import dev.backboard.search.SearchProperties;
import dev.backboard.skills.Taxonomy;

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

	/** The embedded index counts facets from per-segment structures. */
	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "lucene", matchIfMissing = true)
	FacetCounter segmentFacetCounter(FacetLabels labels) {
		return new SegmentFacetCounter(labels);
	}

	/** The embedded index ranks with Lucene's own collector, then projects the page. */
	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "lucene", matchIfMissing = true)
	HitFinder luceneHitFinder(Taxonomy taxonomy) {
		return new LuceneHitFinder(taxonomy);
	}

	/** Answers to repeated searches, kept until the embedded index changes. */
	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "lucene", matchIfMissing = true)
	ResultCache luceneResultCache(SearchProperties properties) {
		return new ResultCache(properties.resultCacheSize());
	}

	/**
	 * OpenSearch keeps its own request cache, next to the data and shared by every node.
	 */
	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	ResultCache noResultCache() {
		return new ResultCache(0);
	}

	/** A remote engine ranks, projects and highlights in one request. */
	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	HitFinder engineHitFinder(Taxonomy taxonomy) {
		return new EngineHitFinder(taxonomy);
	}

	/** A remote engine counts facets with its own aggregations, next to the data. */
	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	FacetCounter engineAggregationFacetCounter(FacetLabels labels) {
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
	SearchIndexRebuild searchIndexRebuild(OpenSearchIndex index, EntityManagerFactory entityManagerFactory,
			DataSource dataSource, JobService jobs, Clock clock) {
		return new SearchIndexRebuild(index, entityManagerFactory, dataSource, jobs, clock);
	}

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	SearchIndexEndpoint searchIndexEndpoint(SearchIndexRebuild rebuild) {
		return new SearchIndexEndpoint(rebuild);
	}

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	HibernatePropertiesCustomizer openSearchHibernateProperties(SearchProperties properties) {
		return new OpenSearchHibernateProperties(properties.opensearch());
	}

}
