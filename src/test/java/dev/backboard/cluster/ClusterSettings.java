package dev.backboard.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings every node of a cluster shares.
 */
final class ClusterSettings {

	private ClusterSettings() {
	}

	/**
	 * What every node of a cluster is given, as environment variables:
	 * deploy/compose.yaml and deploy/k8s set the same ones
	 * ({@link DeployConfigurationTests}), and the multi-node test gives its nodes these.
	 * Each node adds its own SERVER_PORT and BACKBOARD_DATA_DIR.
	 */
	static Map<String, String> of(String databaseUrl, String opensearchUri, int smtpPort) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("BACKBOARD_DB_URL", databaseUrl);
		settings.put("BACKBOARD_DB_USERNAME", "postgres");
		settings.put("BACKBOARD_DB_PASSWORD", "postgres");
		settings.put("BACKBOARD_SEARCH_BACKEND", "opensearch");
		settings.put("BACKBOARD_SEARCH_OPENSEARCH_URIS", opensearchUri);
		settings.put("SPRING_MAIL_HOST", "localhost");
		settings.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
		return settings;
	}

}
