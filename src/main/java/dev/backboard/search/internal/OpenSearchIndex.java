package dev.backboard.search.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.Job;

/**
 * The job index in an OpenSearch cluster, through the low-level client Hibernate Search
 * uses: the cluster's health, the mapping version kept in the index's {@code _meta}, and
 * the aliases Hibernate Search reads ({@code job-read}) and writes ({@code job-write})
 * through, which a rebuild moves to a new index.
 */
class OpenSearchIndex {

	private static final String VERSION_KEY = "backboard_mapping_version";

	private static final Pattern NUMBERED = Pattern.compile("-(\\d{6})$");

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

	/** Fails with a {@link SearchException} when the cluster does not answer. */
	void checkReachable() {
		try {
			health();
		}
		catch (IOException ex) {
			// Schema management would report a refused connection as a message only
			throw new SearchException("OpenSearch is unreachable", ex);
		}
	}

	/**
	 * Creates the index with both aliases when it is missing, or checks that its mapping
	 * is the one Hibernate Search expects.
	 */
	void createOrValidate() {
		mapping().scope(Job.class).schemaManager().createOrValidate();
	}

	/** The mapping version stored in the index searches read, null when none is. */
	@Nullable String mappingVersion() {
		Request request = new Request("GET", "/" + indexManager().descriptor().readName() + "/_mapping");
		for (Map.Entry<String, JsonElement> index : json(perform(request)).entrySet()) {
			JsonObject mappings = index.getValue().getAsJsonObject().getAsJsonObject("mappings");
			JsonObject meta = mappings == null ? null : mappings.getAsJsonObject("_meta");
			if (meta != null && meta.has(VERSION_KEY)) {
				return meta.get(VERSION_KEY).getAsString();
			}
		}
		return null;
	}

	void storeMappingVersion(String version) {
		Request request = new Request("PUT", "/" + indexManager().descriptor().writeName() + "/_mapping");
		JsonObject meta = new JsonObject();
		meta.addProperty(VERSION_KEY, version);
		JsonObject body = new JsonObject();
		body.add("_meta", meta);
		request.setJsonEntity(body.toString());
		perform(request);
	}

	/** Which index each alias names, or null when there is no index yet. */
	@Nullable Aliases aliases() {
		ElasticsearchIndexDescriptor names = indexManager().descriptor();
		Request request = new Request("GET", "/_cat/aliases/" + names.writeName() + "," + names.readName());
		request.addParameter("format", "json");
		String write = null;
		String read = null;
		for (JsonElement row : JsonParser.parseString(body(perform(request))).getAsJsonArray()) {
			String alias = row.getAsJsonObject().get("alias").getAsString();
			String index = row.getAsJsonObject().get("index").getAsString();
			if (alias.equals(names.writeName())) {
				write = index;
			}
			else {
				read = index;
			}
		}
		return write == null || read == null ? null : new Aliases(write, read);
	}

	/**
	 * Creates the index that follows the given ones ({@code job-000002} after
	 * {@code job-000001}), without aliases, with the mapping and settings Hibernate
	 * Search expects and the mapping version in its {@code _meta}; answers its name.
	 */
	String createNextIndex(Aliases current, String version) {
		ElasticsearchIndexDescriptor names = indexManager().descriptor();
		int last = Math.max(number(current.write()), number(current.read()));
		String name = String.format("%s-%06d", names.hibernateSearchName(), last + 1);
		JsonObject[] expected = new JsonObject[1];
		mapping().scope(Job.class)
			.schemaManager()
			.exportExpectedSchema((backend, index,
					export) -> expected[0] = export.extension(ElasticsearchExtension.get()).bodyParts().get(0));
		JsonObject body = expected[0].deepCopy();
		// Aliases move to it once it is filled; HS would create it with both.
		body.remove("aliases");
		JsonObject meta = new JsonObject();
		meta.addProperty(VERSION_KEY, version);
		body.getAsJsonObject("mappings").add("_meta", meta);
		Request request = new Request("PUT", "/" + name);
		request.setJsonEntity(body.toString());
		perform(request);
		return name;
	}

	/**
	 * Points the write alias at the new index in one request, so that every write from
	 * then on lands there, and drops an index left behind by a rebuild that never ended.
	 */
	void moveWriteAlias(Aliases current, String to) {
		String alias = indexManager().descriptor().writeName();
		JsonArray actions = new JsonArray();
		actions.add(current.isSplit() ? action("remove_index", current.write(), null, null)
				: action("remove", current.write(), alias, null));
		actions.add(action("add", to, alias, true));
		changeAliases(actions);
	}

	/** Points the read alias at the new index and drops the old one, in one request. */
	void moveReadAlias(String from, String to) {
		JsonArray actions = new JsonArray();
		actions.add(action("add", to, indexManager().descriptor().readName(), false));
		actions.add(action("remove_index", from, null, null));
		changeAliases(actions);
	}

	/**
	 * Points the write alias back at the index the read alias names and drops the one a
	 * rebuild could not finish, in one request.
	 */
	void abandon(String unfinished, String live) {
		JsonArray actions = new JsonArray();
		actions.add(action("add", live, indexManager().descriptor().writeName(), true));
		actions.add(action("remove_index", unfinished, null, null));
		changeAliases(actions);
	}

	/**
	 * Deletes an index named like the write alias, which keeps the real one from being
	 * created. OpenSearch creates it when Hibernate Search writes through the alias
	 * before the index exists: the outbox of a node whose first start is under way, or of
	 * nodes running while the index was deleted. The first fill writes its jobs again.
	 */
	boolean deleteIndexNamedLikeTheWriteAlias() {
		String alias = indexManager().descriptor().writeName();
		// A pattern matches nothing without a 404, and lists the indexes an alias names
		Request request = new Request("GET", "/_cat/indices/" + alias + "*");
		request.addParameter("format", "json");
		for (JsonElement row : JsonParser.parseString(body(perform(request))).getAsJsonArray()) {
			if (row.getAsJsonObject().get("index").getAsString().equals(alias)) {
				delete(alias);
				return true;
			}
		}
		return false;
	}

	void delete(String index) {
		perform(new Request("DELETE", "/" + index));
	}

	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private void changeAliases(JsonArray actions) {
		JsonObject body = new JsonObject();
		body.add("actions", actions);
		Request request = new Request("POST", "/_aliases");
		request.setJsonEntity(body.toString());
		perform(request);
	}

	private static JsonObject action(String type, String index, @Nullable String alias, @Nullable Boolean writeIndex) {
		JsonObject parameters = new JsonObject();
		parameters.addProperty("index", index);
		if (alias != null) {
			parameters.addProperty("alias", alias);
		}
		if (writeIndex != null) {
			parameters.addProperty("is_write_index", writeIndex);
		}
		JsonObject action = new JsonObject();
		action.add(type, parameters);
		return action;
	}

	private static int number(String index) {
		Matcher matcher = NUMBERED.matcher(index);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	private Response perform(Request request) {
		try {
			return client().performRequest(request);
		}
		catch (IOException ex) {
			throw new SearchException(request.getMethod() + " " + request.getEndpoint() + " failed: " + ex.getMessage(),
					ex);
		}
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

	private static JsonObject json(Response response) {
		return JsonParser.parseString(body(response)).getAsJsonObject();
	}

	private static String body(Response response) {
		try {
			return new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new SearchException("Cannot read an answer of OpenSearch", ex);
		}
	}

	/**
	 * The indexes the aliases name: the same one, except while a rebuild fills a new
	 * index (or after one whose node died before it ended).
	 *
	 * @param write the index Hibernate Search writes to
	 * @param read the index searches read
	 */
	record Aliases(String write, String read) {

		boolean isSplit() {
			return !write.equals(read);
		}

	}

}
