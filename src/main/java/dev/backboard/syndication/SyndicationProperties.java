package dev.backboard.syndication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How jobs leave the board for aggregators and search engines.
 *
 * @param feedSize how many of the newest jobs an RSS or Atom feed lists, unless its
 * {@code size} parameter asks for fewer or more (at most 100)
 * @param sitemapFileSize the most URLs one sitemap file lists (sitemaps.org allows
 * 50,000)
 * @param publisher the board's name in the full job feed
 */
@ConfigurationProperties("backboard.syndication")
public record SyndicationProperties(@DefaultValue("50") int feedSize, @DefaultValue("50000") int sitemapFileSize,
		@DefaultValue("Backboard") String publisher) {

	public SyndicationProperties {
		if (sitemapFileSize < 1 || sitemapFileSize > 50_000) {
			throw new IllegalArgumentException("backboard.syndication.sitemap-file-size must be 1 to 50000");
		}
		if (feedSize < 1 || feedSize > 100) {
			throw new IllegalArgumentException("backboard.syndication.feed-size must be 1 to 100");
		}
	}

}
