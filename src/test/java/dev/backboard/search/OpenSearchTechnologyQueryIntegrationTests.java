package dev.backboard.search;

import dev.backboard.support.OpenSearchNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The technology names on OpenSearch: its analyzers must read them as Lucene's do.
 */
class OpenSearchTechnologyQueryIntegrationTests extends TechnologyQueryIntegrationTests {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.register(registry);
	}

}
