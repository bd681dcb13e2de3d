package dev.backboard.search.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobStatus;

/**
 * Brings the jobs a shared index holds back to the published jobs in PostgreSQL, job by
 * job, without emptying it: the jobs it misses are indexed and those it should not hold
 * are removed, through the outbox like any other change, while every node goes on
 * searching it. A node does this at start when the counts differ, which they do for a
 * moment whenever other nodes have changes in the outbox; those changes are then simply
 * sent twice.
 */
final class IndexRepair {

	private static final int SCROLL = 10_000;

	private static final int BATCH = 500;

	private final SessionFactory sessionFactory;

	IndexRepair(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	/** The jobs to index and the jobs to remove from the index. */
	Differences differences() {
		long[] published = sessionFactory.fromSession(
				session -> session.createSelectionQuery("select id from Job where status = :published", Long.class)
					.setParameter("published", JobStatus.PUBLISHED)
					.setFetchSize(SCROLL)
					.getResultStream()
					.mapToLong(Long::longValue)
					.sorted()
					.toArray());
		long[] indexed = indexedIds();
		return new Differences(notIn(published, indexed), notIn(indexed, published));
	}

	/**
	 * Sends the differences through the outbox, in transactions of a few hundred jobs.
	 */
	void apply(Differences differences) {
		batches(differences.missing()).forEach(ids -> sessionFactory.inTransaction(session -> {
			SearchIndexingPlan plan = Search.session(session).indexingPlan();
			session.findMultiple(Job.class, ids).forEach(job -> {
				if (job != null) {
					plan.addOrUpdate(job);
				}
			});
		}));
		batches(differences.extra()).forEach(ids -> sessionFactory.inTransaction(session -> {
			SearchIndexingPlan plan = Search.session(session).indexingPlan();
			ids.forEach(id -> plan.purge(Job.class, id, null));
		}));
	}

	private long[] indexedIds() {
		return sessionFactory.fromSession(session -> {
			LongStream.Builder ids = LongStream.builder();
			try (SearchScroll<Long> scroll = Search.session(session)
				.search(Job.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.matchAll())
				.scroll(SCROLL)) {
				for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
					chunk.hits().forEach(ids::add);
				}
			}
			return ids.build().sorted().toArray();
		});
	}

	/** The ids of the first sorted array that the second does not hold. */
	private static long[] notIn(long[] these, long[] those) {
		return Arrays.stream(these).filter(id -> Arrays.binarySearch(those, id) < 0).toArray();
	}

	private static List<List<Long>> batches(long[] ids) {
		List<Long> all = Arrays.stream(ids).boxed().toList();
		return LongStream.range(0, (all.size() + BATCH - 1) / BATCH)
			.mapToObj(i -> all.subList((int) i * BATCH, Math.min(all.size(), (int) (i + 1) * BATCH)))
			.toList();
	}

	/**
	 * @param missing published jobs the index does not hold
	 * @param extra jobs the index holds that are not published (or not in this database)
	 */
	record Differences(long[] missing, long[] extra) {

		int size() {
			return missing.length + extra.length;
		}

	}

}
