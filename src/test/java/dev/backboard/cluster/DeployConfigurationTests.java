package dev.backboard.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaging under deploy/ cannot be run on the build machines, so it is read instead:
 * the nodes it defines get every setting the multi-node test gives its nodes, and every
 * variable it sets names a setting the application reads. A renamed property or a typo in
 * a manifest fails here instead of in someone's cluster.
 */
class DeployConfigurationTests {

	private static final Path DEPLOY = Path.of("deploy");

	private static final Set<String> CLUSTER_SETTINGS = Set
		.copyOf(ClusterSettings.of("jdbc:postgresql://db/backboard", "http://search:9200", 25).keySet());

	private final Settings known = Settings.ofTheApplication();

	@Test
	void composeGivesEachNodeTheClusterSettingsAndOnlyKnownOnes() throws IOException {
		Map<String, Object> services = map(yaml(DEPLOY.resolve("compose.yaml")).getFirst().get("services"));
		List<String> nodes = services.keySet().stream().filter(name -> name.startsWith("backboard")).toList();

		assertThat(nodes).hasSize(2);
		for (String node : nodes) {
			Set<String> variables = map(map(services.get(node)).get("environment")).keySet();
			assertThat(variables).as(node).containsAll(CLUSTER_SETTINGS).contains("SERVER_PORT");
			assertThat(variables).as(node).allMatch(known::contains);
		}
	}

	@Test
	void kubernetesPodsGetTheClusterSettingsAndOnlyKnownOnes() throws IOException {
		Set<String> variables = new LinkedHashSet<>();
		try (var files = Files.list(DEPLOY.resolve("k8s"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
				for (Map<String, Object> document : yaml(file)) {
					variables.addAll(variables(document));
				}
			}
		}

		assertThat(variables).containsAll(CLUSTER_SETTINGS).contains("SERVER_PORT", "BACKBOARD_DATA_DIR");
		assertThat(variables).allMatch(known::contains);
	}

	@Test
	void aVariableNamingNoSettingIsRefused() {
		assertThat(known.contains("BACKBOARD_SEARCH_OPENSEARCH_URIS")).isTrue();
		assertThat(known.contains("BACKBOARD_DB_URL")).isTrue();
		assertThat(known.contains("BACKBOARD_SEARCH_OPENSEARCH_URL")).isFalse();
		assertThat(known.contains("BACKBOARD_DATABASE_URL")).isFalse();
	}

	/** The variables a Kubernetes object gives a container. */
	private static Set<String> variables(Map<String, Object> document) {
		Set<String> variables = new LinkedHashSet<>();
		String kind = String.valueOf(document.get("kind"));
		if (kind.equals("ConfigMap") || kind.equals("Secret")) {
			variables.addAll(map(document.getOrDefault("data", Map.of())).keySet());
			variables.addAll(map(document.getOrDefault("stringData", Map.of())).keySet());
		}
		if (kind.equals("Deployment")) {
			Map<String, Object> pod = map(map(map(document.get("spec")).get("template")).get("spec"));
			for (Object container : list(pod.get("containers"))) {
				for (Object variable : list(map(container).getOrDefault("env", List.of()))) {
					variables.add(String.valueOf(map(variable).get("name")));
				}
			}
		}
		return variables;
	}

	private static List<Map<String, Object>> yaml(Path file) throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			new Yaml().loadAll(in).forEach(document -> {
				if (document != null) {
					documents.add(map(document));
				}
			});
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value == null ? Map.of() : (Map<String, Object>) value;
	}

	private static List<Object> list(Object value) {
		return value == null ? List.of() : new ArrayList<>((List<?>) value);
	}

	/**
	 * The environment variables the application reads: the placeholders in its
	 * application.yml, and every property that Spring Boot and Backboard describe in
	 * their configuration metadata, in the environment-variable form of relaxed binding
	 * ({@code backboard.search.opensearch.uris} is
	 * {@code BACKBOARD_SEARCH_OPENSEARCH_URIS}).
	 */
	private record Settings(Set<String> placeholders, Set<String> properties) {

		private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

		static Settings ofTheApplication() {
			try {
				Set<String> placeholders = new HashSet<>();
				Matcher matcher = PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources/application.yml")));
				while (matcher.find()) {
					placeholders.add(matcher.group(1));
				}
				Set<String> properties = new HashSet<>();
				JsonMapper json = JsonMapper.builder().build();
				for (URL metadata : Collections.list(DeployConfigurationTests.class.getClassLoader()
					.getResources("META-INF/spring-configuration-metadata.json"))) {
					try (InputStream in = metadata.openStream()) {
						for (JsonNode property : json.readTree(in).path("properties")) {
							properties.add(canonical(property.get("name").asString()));
						}
					}
				}
				return new Settings(placeholders, properties);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		boolean contains(String variable) {
			return placeholders.contains(variable) || properties.contains(canonical(variable));
		}

		private static String canonical(String name) {
			return name.replaceAll("[-._]", "").toLowerCase(Locale.ROOT);
		}

	}

}
