package dev.backboard.search;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(WithSearchProperties.class);

	@Test
	void defaultsToTheEmbeddedLuceneIndex() {
		context.run(started -> assertThat(started.getBean(SearchProperties.class).backend())
			.isEqualTo(SearchProperties.Backend.LUCENE));
	}

	@Test
	void readsTheClustersAddresses() {
		context
			.withPropertyValues("backboard.search.backend=opensearch",
					"backboard.search.opensearch.uris=https://search-1:9201,https://search-2")
			.run(started -> {
				SearchProperties.OpenSearch cluster = started.getBean(SearchProperties.class).opensearch();
				assertThat(cluster.protocol()).isEqualTo("https");
				assertThat(cluster.hosts()).containsExactly("search-1:9201", "search-2:9200");
			});
	}

	@Test
	void refusesAnAddressWithoutSchemeNamingTheProperty() {
		context.withPropertyValues("backboard.search.opensearch.uris=localhost:9200")
			.run(started -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("backboard.search.opensearch.uris")
				.hasMessageContaining("localhost:9200"));
	}

	@Test
	void refusesMixedSchemes() {
		context.withPropertyValues("backboard.search.opensearch.uris=http://a:9200,https://b:9200")
			.run(started -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("backboard.search.opensearch.uris mixes http and https"));
	}

	@Test
	void namesTheIndexJobUnlessToldAnother() {
		context
			.run(started -> assertThat(started.getBean(SearchProperties.class).opensearch().index()).isEqualTo("job"));
		context.withPropertyValues("backboard.search.opensearch.index=staging-jobs")
			.run(started -> assertThat(started.getBean(SearchProperties.class).opensearch().index())
				.isEqualTo("staging-jobs"));
	}

	@Test
	void refusesAnIndexNameOpenSearchWouldRefuseOrReadAsAPattern() {
		for (String name : new String[] { "Jobs", "-jobs", "jobs*", "jobs,other", "" }) {
			context.withPropertyValues("backboard.search.opensearch.index=" + name)
				.run(started -> assertThat(started).getFailure()
					.rootCause()
					.hasMessageContaining("backboard.search.opensearch.index"));
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SearchProperties.class)
	static class WithSearchProperties {

	}

}
