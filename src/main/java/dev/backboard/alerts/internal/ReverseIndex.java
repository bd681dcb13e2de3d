package dev.backboard.alerts.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobFacts;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.MatchFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The active instant saved searches of every person (digests run their searches when they
 * are sent), held in memory on this node, one entry per distinct query with the ids of
 * the searches that hold it, and inverted on their anchors (a skill, a company, a
 * country, a word of their text, a workplace type...), so that a new job is compared only
 * with the queries anchored on one of its own keys, each once. It is derived from
 * PostgreSQL: before each use it reads the saved searches changed since the last revision
 * it saw, plus every change of the last minute (a transaction that took a revision
 * earlier may commit later).
 */
@Component
class ReverseIndex {

	private static final Logger log = LoggerFactory.getLogger(ReverseIndex.class);

	private final JdbcClient jdbc;

	private final JobSearch search;

	private final Map<String, Map<String, Entry>> byAnchor = new HashMap<>();

	private final Map<String, Entry[]> arrays = new HashMap<>();

	private final Map<String, Entry> byQuery = new HashMap<>();

	private final Map<Long, Entry> byId = new HashMap<>();

	/** The slots of entries removed, for those added next. */
	private final Deque<Integer> freeSlots = new ArrayDeque<>();

	/** By slot, the last walk that met the entry. */
	private int[] visited = new int[1024];

	private int visit;

	private final Map<String, Entry> loosenable = new HashMap<>();

	private long seen;

	ReverseIndex(JdbcClient jdbc, JobSearch search) {
		this.jdbc = jdbc;
		this.search = search;
	}

	/** Takes in the saved searches changed on any node since the last call. */
	synchronized void catchUp() {
		jdbc.sql("""
				select id, query, active and frequency = 'INSTANT' as live, revision from saved_search
				where revision > :seen or changed_at > now() - interval '1 minute' order by revision""")
			.param("seen", seen)
			.query((row, n) -> {
				long id = row.getLong("id");
				remove(id);
				if (row.getBoolean("live")) {
					add(id, row.getString("query"));
				}
				seen = Math.max(seen, row.getLong("revision"));
				return id;
			})
			.list();
	}

	/** The queries anchored on one of the job's keys, each once. */
	synchronized List<Entry> anchoredOn(JobFacts job) {
		List<Entry> anchored = new ArrayList<>();
		int visit = nextVisit();
		for (String key : MatchFilter.keys(job)) {
			Entry[] entries = anchoredOn(key);
			if (entries != null) {
				for (Entry entry : entries) {
					// One anchored on a single key is met once.
					if (entry.anchors().size() == 1 || visited[entry.slot()] != visit) {
						visited[entry.slot()] = visit;
						anchored.add(entry);
					}
				}
			}
		}
		return anchored;
	}

	private int nextVisit() {
		if (++visit == Integer.MAX_VALUE) {
			Arrays.fill(visited, 0);
			visit = 1;
		}
		return visit;
	}

	/**
	 * The entries anchored on the key, as an array that is walked far faster than the map
	 * it is made from (made again only after a change).
	 */
	private Entry @Nullable [] anchoredOn(String key) {
		Entry[] entries = arrays.get(key);
		if (entries == null) {
			Map<String, Entry> anchored = byAnchor.get(key);
			if (anchored == null) {
				return null;
			}
			entries = anchored.values().toArray(Entry[]::new);
			arrays.put(key, entries);
		}
		return entries;
	}

	/**
	 * The queries that loosen their spelling when they find nothing at all: these may
	 * match a job that none of their words anchors them on.
	 */
	synchronized List<Entry> loosenable() {
		return List.copyOf(loosenable.values());
	}

	/** The distinct queries of the searches that may loosen their spelling. */
	synchronized Set<String> loosenableQueries() {
		return new HashSet<>(loosenable.keySet());
	}

	/** How many saved searches the index holds. */
	synchronized int size() {
		return byId.size();
	}

	private void add(long id, String query) {
		Entry entry = byQuery.get(query);
		if (entry == null) {
			MatchFilter filter;
			try {
				filter = search.matchFilter(JobQuery.fromQueryString(query));
			}
			catch (InvalidSearch ex) {
				// A place or skill that was since removed: the search finds nothing.
				log.info("Saved search {} no longer resolves ({}: {})", id, ex.parameter(), ex.getMessage());
				return;
			}
			int slot = freeSlots.isEmpty() ? byQuery.size() : freeSlots.pop();
			if (slot >= visited.length) {
				visited = Arrays.copyOf(visited, Math.max(slot + 1, visited.length * 2));
			}
			Entry created = new Entry(query, filter, filter.anchors().stream().distinct().toList(), slot);
			byQuery.put(query, created);
			if (filter.canBeFuzzy()) {
				loosenable.put(query, created);
			}
			created.anchors().forEach(anchor -> {
				byAnchor.computeIfAbsent(anchor, a -> new HashMap<>()).put(query, created);
				arrays.remove(anchor);
			});
			entry = created;
		}
		entry.add(id);
		byId.put(id, entry);
	}

	private void remove(long id) {
		Entry entry = byId.remove(id);
		if (entry == null || !entry.remove(id)) {
			return;
		}
		// The last search with that query.
		byQuery.remove(entry.query());
		loosenable.remove(entry.query());
		freeSlots.push(entry.slot());
		entry.anchors().forEach(anchor -> {
			Map<String, Entry> anchored = byAnchor.get(anchor);
			anchored.remove(entry.query());
			arrays.remove(anchor);
			if (anchored.isEmpty()) {
				byAnchor.remove(anchor);
			}
		});
	}

	/**
	 * A distinct saved query, its filter and anchors, its slot (a small number of its own
	 * while it is held, so that a job's walk marks it met in an array) and the ids of the
	 * searches that hold it: an array replaced, never changed, since a round may be
	 * reading it while another round catches up.
	 */
	record Entry(String query, MatchFilter filter, List<String> anchors, int slot, AtomicReference<long[]> held) {

		Entry(String query, MatchFilter filter, List<String> anchors, int slot) {
			this(query, filter, anchors, slot, new AtomicReference<>(new long[0]));
		}

		/** The saved searches with this query. */
		long[] ids() {
			return held.get();
		}

		private void add(long id) {
			held.updateAndGet(ids -> {
				long[] next = Arrays.copyOf(ids, ids.length + 1);
				next[ids.length] = id;
				return next;
			});
		}

		/**
		 * @return whether no search holds the query any more
		 */
		private boolean remove(long id) {
			return held.updateAndGet(ids -> Arrays.stream(ids).filter(other -> other != id).toArray()).length == 0;
		}

	}

}
