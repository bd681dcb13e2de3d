package dev.backboard.alerts.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether each saved query that may loosen its spelling finds any job as written (one
 * that finds nothing loosens it). The answers are kept in PostgreSQL, shared by every
 * node, and refreshed in the background by one node at a time, so that matching a new job
 * does not first ask the search index about each such query: a round asks only about
 * queries never checked or not checked for {@link #TRUSTED_FOR}.
 * <p>
 * A stale "finds nothing" costs only work: those jobs go to the search, which loosens its
 * spelling only if it still finds nothing. A stale "finds something" could keep a search
 * from loosening after its last exact match closed; it is refreshed after
 * {@link #REFRESH_AFTER} and never trusted beyond {@link #TRUSTED_FOR}.
 */
@Component
class QueryChecks {

	static final Duration REFRESH_AFTER = Duration.ofHours(1);

	static final Duration TRUSTED_FOR = Duration.ofHours(2);

	/** The longest a background refresh runs before it leaves the rest to the next. */
	static final Duration REFRESH_BUDGET = Duration.ofSeconds(30);

	private static final int WRITE_BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final JobSearch search;

	private final ReverseIndex index;

	private final Clock clock;

	private final Map<String, Check> known = new HashMap<>();

	private Instant seen = Instant.EPOCH;

	QueryChecks(JdbcTemplate jdbc, JobSearch search, ReverseIndex index, Clock clock) {
		this.jdbc = jdbc;
		this.search = search;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * Whether the query finds something as written, from a check recent enough to trust;
	 * null when there is none.
	 */
	synchronized @Nullable Boolean findsSomething(String query, Instant now) {
		Check check = known.get(query);
		return check == null || check.at().isBefore(now.minus(TRUSTED_FOR)) ? null : check.findsSomething();
	}

	/** Asks the search now; the answer is kept (written by {@link #record}). */
	boolean check(String query) {
		try {
			return search.findsAnything(JobQuery.fromQueryString(query));
		}
		catch (InvalidSearch ex) {
			// It cannot run at all: there is no spelling to loosen.
			return true;
		}
	}

	/** Keeps these answers, here and for every node. */
	void record(Map<String, Boolean> answers) {
		if (answers.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		synchronized (this) {
			answers.forEach((query, findsSomething) -> known.put(query, new Check(findsSomething, now)));
		}
		List<Map.Entry<String, Boolean>> rows = new ArrayList<>(answers.entrySet());
		rows.sort(Map.Entry.comparingByKey());
		for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
			List<Map.Entry<String, Boolean>> batch = rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH));
			jdbc.update("""
					insert into alert_query_check (query, finds_something, checked_at)
					select query, finds, ?::timestamptz from unnest(?::varchar[], ?::boolean[]) as c(query, finds)
					on conflict (query) do update set finds_something = excluded.finds_something,
					  checked_at = excluded.checked_at""", statement -> {
				statement.setTimestamp(1, Timestamp.from(now));
				statement.setArray(2, array(statement, "varchar", batch.stream().map(Map.Entry::getKey).toArray()));
				statement.setArray(3, array(statement, "boolean", batch.stream().map(Map.Entry::getValue).toArray()));
			});
		}
	}

	/** Takes in the answers any node wrote since the last call. */
	void catchUp() {
		Instant since;
		synchronized (this) {
			since = seen;
		}
		Map<String, Check> read = new HashMap<>();
		Instant[] newest = { since };
		// A minute's overlap: a transaction that took its time earlier may commit later.
		jdbc.query("select query, finds_something, checked_at from alert_query_check where checked_at > ?",
				statement -> statement.setTimestamp(1, Timestamp.from(since.minus(Duration.ofMinutes(1)))), row -> {
					Instant at = row.getTimestamp("checked_at").toInstant();
					read.put(row.getString("query"), new Check(row.getBoolean("finds_something"), at));
					if (at.isAfter(newest[0])) {
						newest[0] = at;
					}
				});
		synchronized (this) {
			read.forEach((query, check) -> known.merge(query, check,
					(old, fresh) -> fresh.at().isAfter(old.at()) ? fresh : old));
			seen = newest[0].isAfter(seen) ? newest[0] : seen;
		}
	}

	/**
	 * Checks the loosenable saved queries never checked or checked more than
	 * {@link #REFRESH_AFTER} ago, oldest first, for at most {@code budget}; forgets the
	 * answers about queries no active search holds any more.
	 * @return how many queries were checked
	 */
	int refreshDue(Duration budget) {
		index.catchUp();
		catchUp();
		Instant now = clock.instant();
		Instant stale = now.minus(REFRESH_AFTER);
		Set<String> loosenable = index.loosenableQueries();
		List<String> due;
		synchronized (this) {
			known.keySet().retainAll(loosenable);
			due = loosenable.stream()
				.filter(query -> !known.containsKey(query) || known.get(query).at().isBefore(stale))
				.sorted(Comparator.comparing(query -> known.containsKey(query) ? known.get(query).at() : Instant.MIN))
				.toList();
		}
		long deadline = System.nanoTime() + budget.toNanos();
		Map<String, Boolean> answers = new LinkedHashMap<>();
		int checked = 0;
		for (String query : due) {
			if (System.nanoTime() - deadline > 0) {
				break;
			}
			answers.put(query, check(query));
			checked++;
			if (answers.size() == WRITE_BATCH) {
				record(answers);
				answers.clear();
			}
		}
		record(answers);
		jdbc.update(
				"""
						delete from alert_query_check c
						where c.checked_at < ? and not exists (select 1 from saved_search s where s.query = c.query and s.active)""",
				Timestamp.from(now.minus(REFRESH_AFTER)));
		return checked;
	}

	private static java.sql.Array array(PreparedStatement statement, String type, Object[] values) throws SQLException {
		return statement.getConnection().createArrayOf(type, values);
	}

	private record Check(boolean findsSomething, Instant at) {
	}

}
