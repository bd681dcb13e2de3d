package dev.backboard.stilllive.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import dev.backboard.stilllive.StillLiveProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each site's robots.txt, fetched at most once a day per site and kept in PostgreSQL so
 * that every node reads the same. A robots.txt that answers 4xx allows everything; one
 * that answers 5xx, redirects too often or cannot be reached allows nothing for now (RFC
 * 9309), and an unreachable one is asked again next round rather than kept.
 */
@Component
class Robots {

	private static final int MAX_SIZE = 500 * 1024;

	private static final int MAX_REDIRECTS = 5;

	private final Http http;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration keep;

	private final SimpleRobotRulesParser parser;

	Robots(Http http, JdbcClient jdbc, Clock clock, StillLiveProperties properties) {
		this.http = http;
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = properties.robotsCache();
		this.parser = new SimpleRobotRulesParser(properties.maxCrawlDelay().toMillis(), 5);
	}

	/**
	 * The rules for the page's site, and whether they were fetched now (a request to the
	 * site) or read from the cache; empty when robots.txt could not be reached.
	 */
	Optional<Rules> rulesFor(URI page) {
		String origin = Urls.origin(page);
		Optional<Stored> stored = stored(origin);
		if (stored.isPresent()) {
			return Optional.of(new Rules(parse(origin, stored.get()), false));
		}
		Optional<Stored> fetched = fetch(URI.create(origin + "/robots.txt"));
		fetched.ifPresent(robots -> store(origin, robots));
		return fetched.map(robots -> new Rules(parse(origin, robots), true));
	}

	private Optional<Stored> fetch(URI uri) {
		try {
			URI current = uri;
			for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
				Http.Reply reply = http.exchange(false, current, MAX_SIZE);
				if (!reply.isRedirect()) {
					return Optional.of(new Stored(reply.status(), reply.status() / 100 == 2 ? reply.body() : ""));
				}
				current = current.resolve(Urls.parse(reply.location()));
				if (!Urls.isWeb(current)) {
					return Optional.of(new Stored(310, ""));
				}
			}
			// Too many redirects: a temporary failure, as RFC 9309 would have it.
			return Optional.of(new Stored(310, ""));
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private BaseRobotRules parse(String origin, Stored robots) {
		if (robots.status() / 100 == 2) {
			return parser.parseContent(origin + "/robots.txt", robots.body().getBytes(StandardCharsets.UTF_8),
					"text/plain", List.of(Http.ROBOT_NAME));
		}
		return parser.failedFetch(robots.status());
	}

	private Optional<Stored> stored(String origin) {
		return jdbc
			.sql("select http_status, body from still_live_robots where origin = :origin and fetched_at > :since")
			.param("origin", origin)
			.param("since", Timestamp.from(clock.instant().minus(keep)))
			.query((row, n) -> new Stored(row.getInt("http_status"), row.getString("body")))
			.optional();
	}

	private void store(String origin, Stored robots) {
		Instant now = clock.instant();
		jdbc.sql(
				"""
						insert into still_live_robots (origin, fetched_at, http_status, body) values (:origin, :now, :status, :body)
						on conflict (origin) do update set fetched_at = excluded.fetched_at, http_status = excluded.http_status,
						  body = excluded.body""")
			.param("origin", origin)
			.param("now", Timestamp.from(now))
			.param("status", robots.status())
			.param("body", robots.body().replace("\u0000", ""))
			.update();
	}

	/** The rules of one site, and whether fetching them was a request to it just now. */
	record Rules(BaseRobotRules rules, boolean fetchedNow) {

		boolean allows(URI page) {
			return rules.isAllowed(page.toString());
		}

		/** The site's Crawl-delay, or zero. */
		Duration crawlDelay() {
			long millis = rules.getCrawlDelay();
			return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
		}

	}

	private record Stored(int status, String body) {
	}

}
