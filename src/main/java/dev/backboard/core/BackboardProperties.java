package dev.backboard.core;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param dataDir where the embedded database and the search index keep their files
 * @param baseUrl the public address of this board, for canonical links, feeds and JSON-LD
 */
@ConfigurationProperties("backboard")
public record BackboardProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	public BackboardProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

}
