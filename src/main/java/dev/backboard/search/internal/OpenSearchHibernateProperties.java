package dev.backboard.search.internal;

import java.util.Map;

import dev.backboard.search.SearchProperties;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * Points Hibernate Search at an OpenSearch cluster instead of the embedded Lucene index,
 * with the outbox in PostgreSQL so that every node's writes reach the index once and in
 * order.
 */
class OpenSearchHibernateProperties implements HibernatePropertiesCustomizer {

	private static final String BACKEND = "hibernate.search.backend.";

	private final SearchProperties.OpenSearch cluster;

	OpenSearchHibernateProperties(SearchProperties.OpenSearch cluster) {
		this.cluster = cluster;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		// The Lucene settings in application.yml (directory, version, writer) mean
		// nothing here
		properties.keySet().removeIf(key -> key.startsWith(BACKEND));
		properties.put(BACKEND + "type", "elasticsearch");
		properties.put(BACKEND + "hosts", String.join(",", cluster.hosts()));
		properties.put(BACKEND + "protocol", cluster.protocol());
		if (cluster.username() != null && !cluster.username().isBlank()) {
			properties.put(BACKEND + "username", cluster.username());
			properties.put(BACKEND + "password", cluster.password() == null ? "" : cluster.password());
		}
		// Asking the cluster for its version at start would fail the boot while it is
		// down
		properties.put(BACKEND + "version", "opensearch:" + cluster.version());
		properties.put(BACKEND + "version_check.enabled", "false");
		properties.put(BACKEND + "analysis.configurer", "class:" + ElasticsearchAnalysisConfigurer.class.getName());
		// The initializer creates or validates the index once the cluster answers
		properties.put("hibernate.search.mapping.configurer", new JobIndexMapping(cluster.index()));
		properties.put("hibernate.search.schema_management.strategy", "none");
		properties.put("hibernate.search.coordination.strategy", "outbox-polling");
		// Indexing happens after commit, from the outbox: there is no synchronization to
		// choose
		properties.remove("hibernate.search.indexing.plan.synchronization.strategy");
	}

}
