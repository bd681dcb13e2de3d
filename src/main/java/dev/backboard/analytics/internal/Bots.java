package dev.backboard.analytics.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells crawlers, monitors, previews, headless browsers and HTTP libraries from people's
 * browsers by their user agent. A short, documented list rather than a user-agent parser:
 * the parsers on Maven Central that know robots load tens of megabytes of rules at start,
 * and what is missed here is caught by the rate rule.
 */
final class Bots {

	private static final Pattern PATTERN = Pattern.compile(String.join("|", "bot\\b", "bot/", "robot", "crawl",
			"spider", "slurp", "scrap", "archiver", "fetcher", "facebookexternalhit", "embedly", "preview", "headless",
			"phantomjs", "puppeteer", "playwright", "selenium", "webdriver", "lighthouse", "pingdom", "uptime",
			"monitor", "check_http", "curl/", "wget/", "httpie", "python-", "python/", "aiohttp", "java/",
			"java-http-client", "okhttp", "apache-httpclient", "go-http-client", "node-fetch", "axios/", "undici",
			"libwww", "httpclient", "ruby", "php/", "postman", "insomnia"), Pattern.CASE_INSENSITIVE);

	private Bots() {
	}

	/** Whether the user agent is missing or names a machine rather than a person. */
	static boolean isBot(@Nullable String userAgent) {
		return userAgent == null || userAgent.isBlank() || !userAgent.contains("/")
				|| PATTERN.matcher(userAgent).find();
	}

}
