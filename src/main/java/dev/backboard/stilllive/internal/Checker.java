package dev.backboard.stilllive.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.imports.AtsPosting;
import dev.backboard.imports.AtsPostings;
import dev.backboard.imports.PostingState;
import dev.backboard.stilllive.StillLiveProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One round of checks: the published jobs posted by hand with an external apply URL (not
 * the imported ones, which their sync keeps in step), those checked longest ago first, at
 * most a batch. Sites are asked in turn, each at most once per {@code per-host-delay} (or
 * its robots.txt's Crawl-delay when longer), and a page its robots.txt disallows is not
 * asked. A page on a known ATS board (Greenhouse, Lever, Ashby) is not asked at all: the
 * vendor's public job-board API is, as politely, and a failed request to it says nothing.
 * The round runs on one node at a time (db-scheduler), so its politeness holds for the
 * whole cluster.
 */
@Component
public class Checker {

	private static final Logger log = LoggerFactory.getLogger(Checker.class);

	private final JdbcClient jdbc;

	private final Robots robots;

	private final PageProbe probe;

	private final Flags flags;

	private final StillLiveProperties properties;

	private final Clock clock;

	private final AtsPostings ats;

	Checker(JdbcClient jdbc, Robots robots, PageProbe probe, Flags flags, StillLiveProperties properties, Clock clock,
			AtsPostings ats) {
		this.ats = ats;
		this.jdbc = jdbc;
		this.robots = robots;
		this.probe = probe;
		this.flags = flags;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks the jobs that are due.
	 * @return how many were checked
	 */
	public synchronized int checkDue() {
		forgetOldChecks();
		Map<String, Deque<Due>> bySite = new LinkedHashMap<>();
		for (Due due : due()) {
			String site;
			try {
				URI uri = Urls.parse(due.url());
				site = ats.recognize(due.url())
					.map(AtsPosting::apiOrigin)
					.orElse(Urls.isWeb(uri) ? Urls.origin(uri) : "");
			}
			catch (IllegalArgumentException ex) {
				site = "";
			}
			bySite.computeIfAbsent(site, key -> new ArrayDeque<>()).add(due);
		}
		Map<String, Long> nextAllowed = new HashMap<>();
		int checked = 0;
		while (!bySite.isEmpty()) {
			String site = soonest(bySite, nextAllowed);
			waitUntil(nextAllowed.getOrDefault(site, 0L));
			Due due = bySite.get(site).poll();
			if (bySite.get(site).isEmpty()) {
				bySite.remove(site);
			}
			Duration pause = check(due);
			nextAllowed.put(site, System.nanoTime() + pause.toNanos());
			checked++;
		}
		return checked;
	}

	/** Checks one job; returns how long its site is to be left alone now. */
	private Duration check(Due due) {
		Duration pause = Duration.ZERO;
		Answer answer;
		Optional<AtsPosting> posting = ats.recognize(due.url());
		try {
			URI uri = Urls.parse(due.url());
			if (posting.isPresent()) {
				answer = answer(ats.ask(posting.get()));
				pause = properties.perHostDelay();
			}
			else if (!Urls.isWeb(uri)) {
				answer = Answer.unknown("not an http or https address", false);
			}
			else {
				Optional<Robots.Rules> rules = robots.rulesFor(uri);
				Duration delay = rules.map(Robots.Rules::crawlDelay)
					.filter(crawlDelay -> crawlDelay.compareTo(properties.perHostDelay()) > 0)
					.orElse(properties.perHostDelay());
				if (rules.isEmpty()) {
					answer = Answer.unknown("robots.txt could not be read; asked again next round", false);
				}
				else if (!rules.get().allows(uri)) {
					answer = Answer.disallowed();
				}
				else {
					if (rules.get().fetchedNow()) {
						waitUntil(System.nanoTime() + delay.toNanos());
					}
					answer = probe.check(uri);
				}
				pause = answer.contacted() || rules.map(Robots.Rules::fetchedNow).orElse(false) ? delay : Duration.ZERO;
			}
		}
		catch (IllegalArgumentException ex) {
			answer = Answer.unknown(String.valueOf(ex.getMessage()), false);
		}
		try {
			flags.record(due, answer);
		}
		catch (RuntimeException ex) {
			log.warn("Recording the still-live check of job {} failed: {}", due.jobId(), ex.toString());
		}
		return pause;
	}

	private static Answer answer(PostingState state) {
		Verdict verdict = switch (state.status()) {
			case OPEN -> Verdict.LIVE;
			case CLOSED -> Verdict.GONE;
			case UNKNOWN -> Verdict.UNKNOWN;
		};
		return new Answer(verdict, state.httpStatus(), state.detail(), state.httpStatus() != null);
	}

	private List<Due> due() {
		return jdbc.sql("""
				select j.id, j.company_id, j.title, j.apply_url from job j
				left join still_live_job s on s.job_id = j.id
				where j.status = 'PUBLISHED' and j.apply_url is not null and j.apply_url <> ''
				  and coalesce(j.apply_method, 'URL') = 'URL'
				  and not exists (select 1 from imported_job i where i.job_id = j.id and i.removed_at is null)
				order by s.last_checked_at nulls first, j.id
				limit :batch""")
			.param("batch", properties.batchSize())
			.query((row, n) -> new Due(row.getLong("id"), row.getLong("company_id"), row.getString("title"),
					row.getString("apply_url")))
			.list();
	}

	private void forgetOldChecks() {
		jdbc.sql("delete from still_live_check where checked_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(properties.history())))
			.update();
	}

	private static String soonest(Map<String, Deque<Due>> bySite, Map<String, Long> nextAllowed) {
		String best = null;
		long bestAt = Long.MAX_VALUE;
		for (String site : bySite.keySet()) {
			long at = nextAllowed.getOrDefault(site, 0L);
			if (best == null || at - bestAt < 0) {
				best = site;
				bestAt = at;
			}
		}
		return best;
	}

	private static void waitUntil(long nanoTime) {
		long wait = nanoTime - System.nanoTime();
		if (nanoTime == 0L || wait <= 0) {
			return;
		}
		try {
			Thread.sleep(Duration.ofNanos(wait));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The still-live round was interrupted", ex);
		}
	}

}
