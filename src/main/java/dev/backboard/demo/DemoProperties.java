package dev.backboard.demo;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo data.
 *
 * @param enabled whether to load demo data into an empty database at startup; unset means
 * only into the embedded database (no {@code spring.datasource.url}), never into an
 * external one unless this is true
 * @param jobs how many demo jobs to load
 * @param seed what the demo data is generated from: the same seed gives the same data
 */
@ConfigurationProperties("backboard.demo")
public record DemoProperties(@Nullable Boolean enabled, @DefaultValue("5000") int jobs, @DefaultValue("42") long seed) {

	/**
	 * Whether to load, given the configured datasource URL (blank for the embedded one).
	 */
	public boolean isEnabledFor(@Nullable String datasourceUrl) {
		return (enabled != null) ? enabled : (datasourceUrl == null || datasourceUrl.isBlank());
	}

}
