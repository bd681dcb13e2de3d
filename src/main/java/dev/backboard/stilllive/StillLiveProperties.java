package dev.backboard.stilllive;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the apply pages of jobs posted by hand are checked.
 *
 * @param enabled whether the check runs at all
 * @param checkEvery how often a round of checks starts
 * @param batchSize the most jobs one round checks, those checked longest ago first
 * @param perHostDelay the least time between two requests to one host
 * @param maxCrawlDelay the longest {@code Crawl-delay} of a robots.txt that is honoured;
 * a site asking for a longer one is not checked
 * @param closeAfter how long after the first "gone" answer another one closes the job
 * @param robotsCache how long a fetched robots.txt is used before it is fetched again
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for an answer
 * @param maxRedirects redirects followed, each checked against the address guard
 * @param allowedAddresses addresses or CIDR ranges that may be asked although they are
 * private, loopback or link-local; empty by default
 * @param history how long each check is kept
 */
@ConfigurationProperties("backboard.still-live")
public record StillLiveProperties(@DefaultValue("true") boolean enabled, @DefaultValue("6h") Duration checkEvery,
		@DefaultValue("200") int batchSize, @DefaultValue("5s") Duration perHostDelay,
		@DefaultValue("60s") Duration maxCrawlDelay, @DefaultValue("24h") Duration closeAfter,
		@DefaultValue("1d") Duration robotsCache, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration responseTimeout, @DefaultValue("5") int maxRedirects, @DefaultValue( {
		}) List<String> allowedAddresses, @DefaultValue("30d") Duration history){

	public StillLiveProperties {
		allowedAddresses = List.copyOf(allowedAddresses);
	}

}
