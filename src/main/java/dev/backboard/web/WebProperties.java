package dev.backboard.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web layer.
 *
 * @param corsAllowedOrigins origins whose browser scripts may call the API ("*" for any)
 * @param searchConcurrency searches one node works on at once; 0 means twice the cores
 * @param searchQueueWait how long a search may wait for its turn before it gets a 503
 * @param searchPaths the paths that count as searches
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of this
 * node; only their {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 */
@ConfigurationProperties("backboard.web")
public record WebProperties(@DefaultValue("*") List<String> corsAllowedOrigins,
		@DefaultValue("0") int searchConcurrency, @DefaultValue("2s") Duration searchQueueWait, @DefaultValue( {
				"/jobs", "/api/v1/jobs", "/api/v1/suggest", "/suggest" }) List<String> searchPaths,
		@DefaultValue List<String> trustedProxies){

	public WebProperties {
		corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
		searchPaths = List.copyOf(searchPaths);
		trustedProxies = List.copyOf(trustedProxies);
	}

	int effectiveSearchConcurrency() {
		return searchConcurrency > 0 ? searchConcurrency : 2 * Runtime.getRuntime().availableProcessors();
	}

}
