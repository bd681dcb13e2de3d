package dev.backboard.oauth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
