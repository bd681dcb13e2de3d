package dev.backboard.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.Job;

/**
 * The job index in an OpenSearch cluster, through the low-level client Hibernate Search
 * uses: the cluster's health, and the mapping version kept in the index's {@code _meta}.
 */
class OpenSearchIndex {

	private static final String VERSION_KEY = "backboard_mapping_version";

	private final EntityManagerFactory entityManagerFactory;

	private final List<URI> uris;

	OpenSearchIndex(EntityManagerFactory entityManagerFactory, List<URI> uris) {
		this.entityManagerFactory = entityManagerFactory;
		this.uris = uris;
	}

	List<URI> uris() {
		return uris;
	}

	/** The cluster's health: green, yellow or red. */
	String health() throws IOException {
		return json(client().performRequest(new Request("GET", "/_cluster/health"))).get("status").getAsString();
	}

	/**
	 * Creates the index when it is missing or checks that its mapping is the one
	 * Hibernate Search expects, then answers the mapping version stored in it, null for a
	 * new index.
	 */
	@Nullable String createOrReadMappingVersion() {
		try {
			health();
		}
		catch (IOException ex) {
			// Schema management would report a refused connection as a message only
			throw new SearchException("OpenSearch is unreachable", ex);
		}
		mapping().scope(Job.class).schemaManager().createOrValidate();
		try {
			Request request = new Request("GET", "/" + indexManager().descriptor().readName() + "/_mapping");
			for (Map.Entry<String, JsonElement> index : json(client().performRequest(request)).entrySet()) {
				JsonObject mappings = index.getValue().getAsJsonObject().getAsJsonObject("mappings");
				JsonObject meta = mappings == null ? null : mappings.getAsJsonObject("_meta");
				if (meta != null && meta.has(VERSION_KEY)) {
					return meta.get(VERSION_KEY).getAsString();
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new SearchException("Cannot read the mapping of the OpenSearch index", ex);
		}
	}

	void storeMappingVersion(String version) {
		Request request = new Request("PUT", "/" + indexManager().descriptor().writeName() + "/_mapping");
		JsonObject meta = new JsonObject();
		meta.addProperty(VERSION_KEY, version);
		JsonObject body = new JsonObject();
		body.add("_meta", meta);
		request.setJsonEntity(body.toString());
		try {
			client().performRequest(request);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private SearchMapping mapping() {
		return Search.mapping(entityManagerFactory.unwrap(SessionFactory.class));
	}

	private ElasticsearchIndexManager indexManager() {
		return mapping().indexedEntity(Job.class).indexManager().unwrap(ElasticsearchIndexManager.class);
	}

	private RestClient client() {
		return mapping().backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
	}

	private static JsonObject json(Response response) throws IOException {
		return JsonParser
			.parseString(new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8))
			.getAsJsonObject();
	}

}
