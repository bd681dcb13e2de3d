package dev.backboard.bench;

import dev.backboard.search.internal.EngineAggregationFacetCounter;
import dev.backboard.search.internal.FacetCounter;
import dev.backboard.search.internal.FacetLabels;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * For a before-and-after run on the same data: {@code --bench.facet-counter=engine}
 * counts facets with the engine's aggregations on the embedded index, as before the
 * per-segment counter.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchFacetCounter {

	@Bean
	@Primary
	@ConditionalOnProperty(name = "bench.facet-counter", havingValue = "engine")
	FacetCounter engineAggregationsOnLucene(FacetLabels labels) {
		return new EngineAggregationFacetCounter(labels);
	}

}
