package dev.backboard.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web layer.
 *
 * @param corsAllowedOrigins origins whose browser scripts may call the API ("*" for any)
 */
@ConfigurationProperties("backboard.web")
public record WebProperties(@DefaultValue("*") List<String> corsAllowedOrigins) {

	public WebProperties {
		corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
	}

}
