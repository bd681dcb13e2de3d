package dev.backboard.search;

import dev.backboard.support.OpenSearchNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search suite on OpenSearch: a difference from Lucene fails here.
 */
class OpenSearchJobSearchIntegrationTests extends JobSearchIntegrationTests {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.register(registry);
	}

}
