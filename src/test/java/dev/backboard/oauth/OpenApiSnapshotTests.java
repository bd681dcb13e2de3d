package dev.backboard.oauth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The committed snapshot of the API's OpenAPI description, from which the build generates
 * the Java client that {@code GeneratedClientJourneyTests} drives, is the description the
 * application serves: an API change that the snapshot does not carry fails here, so the
 * client is never generated from a stale description. Only key order and formatting are
 * ignored, and the server address, which names the port the description was read from.
 */
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class OpenApiSnapshotTests {

	static final Path SNAPSHOT = Path.of("src/test/resources/openapi/backboard-v1.json");

	static final String REFRESH = "./mvnw test -Dopenapi.refresh -Dtest=OpenApiSnapshotTests";

	private static final String SERVER = "http://localhost:8080";

	private static final int SHOWN_DIFFERENCES = 25;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@LocalServerPort
	int port;

	@Test
	void theCommittedSnapshotIsTheServedDescription() throws IOException {
		JsonNode served = normalized(new Api(port).get("/api/v1/openapi.json").json());
		if (System.getProperty("openapi.refresh") != null) {
			Files.createDirectories(SNAPSHOT.getParent());
			Files.writeString(SNAPSHOT, JSON.writeValueAsString(served) + "\n", StandardCharsets.UTF_8);
			return;
		}
		if (!Files.exists(SNAPSHOT)) {
			fail("No OpenAPI snapshot at " + SNAPSHOT + "; make it with: " + REFRESH);
		}
		JsonNode committed = normalized(JSON.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)));
		List<String> differences = new ArrayList<>();
		compare("", committed, served, differences);
		if (!differences.isEmpty()) {
			List<String> shown = differences.subList(0, Math.min(SHOWN_DIFFERENCES, differences.size()));
			fail("The served /api/v1/openapi.json differs from " + SNAPSHOT + " in " + differences.size()
					+ " place(s):\n  " + String.join("\n  ", shown)
					+ (differences.size() > shown.size() ? "\n  ..." : "")
					+ "\nIf the API change is intended, refresh the snapshot (the client is generated from it), "
					+ "review its diff and commit it:\n  " + REFRESH);
		}
	}

	/**
	 * Every operation a token opens names the scope it needs, as the security chain
	 * enforces it: a call with a token lacking it is the 403 that names the same scope.
	 * The oauth2 scheme is the authorization code flow, with every scope an app may ask
	 * for.
	 */
	@Test
	void everySecuredOperationListsItsScope() {
		Api api = new Api(port);
		JsonNode description = api.get("/api/v1/openapi.json").json();
		JsonNode flow = description.at("/components/securitySchemes/oauth2/flows/authorizationCode");
		assertThat(flow.get("authorizationUrl").asString()).isEqualTo("/oauth2/authorize");
		assertThat(flow.get("tokenUrl").asString()).isEqualTo("/oauth2/token");
		assertThat(description.at("/components/securitySchemes/oauth2/description").asString()).contains("PKCE",
				"S256");
		Set<String> appScopes = new TreeSet<>(flow.get("scopes").propertyNames());
		assertThat(appScopes).contains("openid", "admin:clients", "employer:applicants", "profile");
		List<String> secured = new ArrayList<>();
		description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			JsonNode security = operation.getValue().get("security");
			String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
			if (security == null) {
				assertThat(path.getKey()).as(name + " is public").matches("/api/v1/(jobs(/\\{id})?|suggest|skills)");
				return;
			}
			assertThat(security.size()).as(name).isEqualTo(1);
			String scheme = security.get(0).propertyNames().iterator().next();
			JsonNode scopes = security.get(0).get(scheme);
			assertThat(scopes.size()).as(name + " names one scope").isEqualTo(1);
			String scope = scopes.get(0).asString();
			if (scheme.equals("oauth2")) {
				assertThat(appScopes).as(name).contains(scope);
			}
			else {
				assertThat(scheme).as(name).isEqualTo("bearer");
				assertThat(scope).as(name).isIn("jobs:read", "jobs:write", "webhooks:write");
			}
			assertThat(operation.getValue().get("responses").has("403")).as(name).isTrue();
			secured.add(name + " " + scope);
		}));
		assertThat(secured).contains("GET /api/v1/company jobs:read", "POST /api/v1/jobs/{id}/submit jobs:write",
				"PUT /api/v1/employer/applications/{id}/rating employer:applicants",
				"DELETE /api/v1/admin/clients/{clientId} admin:clients", "GET /api/v1/me/saved-jobs saved");
		// The chain agrees: the same token is refused naming the scope the description
		// lists.
		for (String name : List.of("GET /api/v1/company", "GET /api/v1/me/profile", "GET /api/v1/admin/clients")) {
			assertThat(api.send("GET", name.substring(4), java.util.Map.of()).status()).as(name).isEqualTo(401);
		}
	}

	@Test
	void theSearchRoutesAreTaggedAndTheirParametersDocumented() {
		JsonNode description = new Api(port).get("/api/v1/openapi.json").json();
		JsonNode search = description.at("/paths/~1api~1v1~1jobs/get");
		assertThat(search.get("operationId").asString()).isEqualTo("searchJobs");
		assertThat(search.get("tags").get(0).asString()).isEqualTo("Jobs");
		List<String> parameters = new ArrayList<>();
		search.get("parameters").forEach(parameter -> {
			assertThat(parameter.get("in").asString()).isEqualTo("query");
			assertThat(parameter.has("required") && parameter.get("required").asBoolean()).isFalse();
			assertThat(parameter.path("description").asString("")).as(parameter.toString()).isNotBlank();
			parameters.add(parameter.get("name").asString());
		});
		assertThat(parameters).contains("q", "skills", "workplace", "salaryMin", "sort", "page", "size");
		JsonNode suggest = description.at("/paths/~1api~1v1~1suggest/get");
		assertThat(suggest.get("operationId").asString()).isEqualTo("suggestSearches");
		assertThat(suggest.get("tags").get(0).asString()).isEqualTo("Jobs");
		// The wire format is the search page's: repeated list parameters.
		Api.Response found = new Api(port).get("/api/v1/jobs?skills=go&skills=postgresql&size=1");
		assertThat(found.status()).isEqualTo(200);
	}

	/**
	 * Every property of every schema shows an example in the explorer and the generated
	 * client's documentation, so that every request body and every JSON response renders
	 * a complete sample. References, arrays of references and enums are shown through
	 * what they point at or the values they list; an array may carry its example on its
	 * items.
	 */
	@Test
	void everySchemaPropertyHasAnExample() {
		JsonNode schemas = new Api(port).get("/api/v1/openapi.json").json().at("/components/schemas");
		assertThat(schemas.size()).isPositive();
		List<String> missing = new ArrayList<>();
		schemas.properties().forEach(schema -> schema.getValue().path("properties").properties().forEach(property -> {
			if (!explained(property.getValue())) {
				missing.add(schema.getKey() + "." + property.getKey());
			}
		}));
		assertThat(missing).as("schema properties without an example").isEmpty();
	}

	private static boolean explained(JsonNode property) {
		if (property.has("example") || property.has("examples") || property.has("$ref") || property.has("enum")
				|| property.has("allOf") || property.has("oneOf")) {
			return true;
		}
		JsonNode items = property.path("items");
		return property.path("type").asString("").equals("array")
				&& (items.has("$ref") || items.has("enum") || items.has("example"));
	}

	/** Keys sorted at every level, and the server named as it is on a laptop. */
	static JsonNode normalized(JsonNode node) {
		if (node.isObject()) {
			ObjectNode sorted = JsonNodeFactory.instance.objectNode();
			for (String name : new TreeSet<>(node.propertyNames())) {
				sorted.set(name, normalized(node.get(name)));
			}
			if (sorted.get("servers") instanceof ArrayNode servers) {
				servers.forEach(server -> ((ObjectNode) server).put("url",
						server.get("url").asString().replaceFirst("^http://localhost:\\d+", SERVER)));
			}
			return sorted;
		}
		if (node.isArray()) {
			ArrayNode items = JsonNodeFactory.instance.arrayNode();
			node.forEach(item -> items.add(normalized(item)));
			return items;
		}
		return node;
	}

	/** Each place where the served description differs, as a readable path. */
	private static void compare(String path, JsonNode committed, JsonNode served, List<String> differences) {
		if (committed.isObject() && served.isObject()) {
			TreeSet<String> names = new TreeSet<>(committed.propertyNames());
			names.addAll(served.propertyNames());
			for (String name : names) {
				String at = path
						+ (name.matches("[\\w$-]+") ? (path.isEmpty() ? "" : ".") + name : "[\"" + name + "\"]");
				if (!served.has(name)) {
					differences.add("removed " + at);
				}
				else if (!committed.has(name)) {
					differences.add("added   " + at + " = " + abbreviated(served.get(name)));
				}
				else {
					compare(at, committed.get(name), served.get(name), differences);
				}
			}
		}
		else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
			for (int i = 0; i < committed.size(); i++) {
				compare(path + "[" + i + "]", committed.get(i), served.get(i), differences);
			}
		}
		else if (!committed.equals(served)) {
			differences.add("changed " + path + ": " + abbreviated(committed) + " is now " + abbreviated(served));
		}
	}

	private static String abbreviated(JsonNode node) {
		String text = node.toString();
		return text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}

}
