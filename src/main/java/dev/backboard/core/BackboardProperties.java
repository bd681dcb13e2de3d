package dev.backboard.core;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param dataDir where the embedded database and the search index keep their files
 */
@ConfigurationProperties("backboard")
public record BackboardProperties(@DefaultValue("./data") Path dataDir) {
}
