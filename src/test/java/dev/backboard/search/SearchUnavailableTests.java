package dev.backboard.search;

import java.net.ConnectException;

import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchUnavailableTests {

	@Test
	void aRefusedConnectionAtAnyDepthMeansTheEngineIsUnreachable() {
		SearchException failed = new SearchException("HSEARCH400588: Call to the cluster failed",
				new RuntimeException(new ConnectException("Connection refused")));

		assertThat(SearchUnavailable.unreachable(failed)).isTrue();
	}

	@Test
	void aRefusedQueryIsNotAnOutage() {
		SearchException refused = new SearchException("HSEARCH400007: Elasticsearch request failed: 400 Bad Request");

		assertThat(SearchUnavailable.unreachable(refused)).isFalse();
	}

}
