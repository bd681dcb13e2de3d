package dev.backboard.core;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 */
@ConfigurationProperties("backboard")
public final class BackboardProperties {

	private final Path dataDir;

	private final @Nullable String configuredBaseUrl;

	private volatile String baseUrl;

	/**
	 * @param dataDir where the embedded database and the search index keep their files
	 * @param baseUrl the public address of this board, for links in mails, canonical
	 * links, feeds, JSON-LD and the API; unset: this machine on the port the server
	 * listens on
	 */
	public BackboardProperties(@DefaultValue("./data") Path dataDir, @Nullable String baseUrl) {
		this.dataDir = dataDir;
		this.configuredBaseUrl = (baseUrl == null || baseUrl.isBlank()) ? null
				: baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.baseUrl = this.configuredBaseUrl != null ? this.configuredBaseUrl : local(8080);
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/** The configured address, or this machine on the port the server listens on. */
	public String baseUrl() {
		return this.baseUrl;
	}

	boolean baseUrlConfigured() {
		return this.configuredBaseUrl != null;
	}

	/** Called once the server listens, so an unset base URL names the real port. */
	void serverListensOn(int port) {
		if (this.configuredBaseUrl == null) {
			this.baseUrl = local(port);
		}
	}

	private static String local(int port) {
		return "http://localhost:" + port;
	}

}
