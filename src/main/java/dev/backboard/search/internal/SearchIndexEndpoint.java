package dev.backboard.search.internal;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;

/**
 * {@code /actuator/searchindex}, for operators on the node's own machine: {@code POST}
 * rebuilds the OpenSearch index from PostgreSQL without taking search down, {@code GET}
 * tells how far the node's last rebuild got.
 */
@WebEndpoint(id = "searchindex")
class SearchIndexEndpoint {

	private final SearchIndexRebuild rebuild;

	SearchIndexEndpoint(SearchIndexRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@ReadOperation
	public SearchIndexRebuild.Progress progress() {
		return rebuild.progress();
	}

	@WriteOperation
	public WebEndpointResponse<Object> rebuild() {
		return rebuild.start()
			.map(progress -> new WebEndpointResponse<Object>(progress, 202))
			.orElseGet(() -> new WebEndpointResponse<>(Map.of("detail",
					"A rebuild is running already, on this node or another one; its node logs how " + "far it got"),
					409));
	}

}
