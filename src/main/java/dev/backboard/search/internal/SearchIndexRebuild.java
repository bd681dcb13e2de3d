package dev.backboard.search.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;

/**
 * Rebuilds the OpenSearch index from PostgreSQL beside the live one. A new index takes
 * the writes first, so that every change committed from then on lands there, then the
 * mass indexer fills it from the database, then the read alias moves to it and the old
 * index is dropped, in one request. Searches are answered from the old index until then.
 * If anything fails, the write alias goes back to the old index and the new one is
 * dropped. Either way, the jobs changed meanwhile are indexed again through the outbox: a
 * change the mass indexer read just before it was written, or one written to an index
 * that was then dropped, is not lost.
 * <p>
 * One rebuild runs at a time in the cluster: its node holds a PostgreSQL advisory lock,
 * which ends with the node's connection if the node dies.
 */
class SearchIndexRebuild {

	/**
	 * Changes from this long before the start are indexed again: nodes' clocks differ.
	 */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

	private final OpenSearchIndex index;

	private final SessionFactory sessionFactory;

	private final DataSource dataSource;

	private final JobService jobs;

	private final Clock clock;

	private volatile @Nullable Run last;

	SearchIndexRebuild(OpenSearchIndex index, EntityManagerFactory entityManagerFactory, DataSource dataSource,
			JobService jobs, Clock clock) {
		this.index = index;
		this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
		this.dataSource = dataSource;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Starts a rebuild in the background, or answers empty when one is running already,
	 * here or on another node.
	 */
	Optional<Progress> start() {
		ClusterLock lock = ClusterLock.tryAcquire(dataSource);
		if (lock == null) {
			return Optional.empty();
		}
		Run run = new Run(clock.instant());
		last = run;
		Thread.ofVirtual().name("search-index-rebuild").start(() -> {
			try (lock) {
				rebuild(run);
			}
			catch (RuntimeException ex) {
				// rebuild() logged it and the progress shows it
			}
		});
		return Optional.of(run.progress());
	}

	/**
	 * Rebuilds now, in this thread, unless a rebuild is running already; answers whether
	 * it ran. Throws when it failed, after putting the aliases back.
	 */
	boolean runIfIdle() {
		ClusterLock lock = ClusterLock.tryAcquire(dataSource);
		if (lock == null) {
			return false;
		}
		try (lock) {
			Run run = new Run(clock.instant());
			last = run;
			rebuild(run);
			return true;
		}
	}

	/** The last rebuild this node ran, or {@link State#NONE}. */
	Progress progress() {
		Run run = last;
		return run == null ? new Progress(State.NONE, null, 0, 0, null, null, null) : run.progress();
	}

	private void rebuild(Run run) {
		try {
			OpenSearchIndex.Aliases current = index.aliases();
			if (current == null) {
				throw new IllegalStateException(
						"There is no OpenSearch index to rebuild yet: a node creates it at start");
			}
			run.progress = new IndexingProgress(jobs.countPublished());
			String next = index.createNextIndex(current, SearchIndexInitializer.MAPPING_VERSION);
			run.index = next;
			log.info("Rebuilding the OpenSearch index into {}; searches are answered from {} until it is filled", next,
					current.read());
			fill(current, next, run.startedAt.minus(CLOCK_SKEW), run.progress);
			run.finish(State.DONE, null);
			log.info("Rebuilt the OpenSearch index: {} jobs in {}, which searches read from now on",
					run.progress.documents(), next);
		}
		catch (RuntimeException ex) {
			run.finish(State.FAILED, OpenSearchIndex.rootMessage(ex));
			log.error("Rebuilding the OpenSearch index failed; searches and writes stay on the old index", ex);
			throw ex;
		}
	}

	private void fill(OpenSearchIndex.Aliases current, String next, Instant since, IndexingProgress progress) {
		try {
			index.moveWriteAlias(current, next);
		}
		catch (RuntimeException ex) {
			index.delete(next);
			throw ex;
		}
		try {
			massIndex(progress);
			indexAgainJobsChangedSince(since);
			index.moveReadAlias(current.read(), next);
		}
		catch (RuntimeException ex) {
			try {
				index.abandon(next, current.read());
				indexAgainJobsChangedSince(since);
			}
			catch (RuntimeException cleanup) {
				ex.addSuppressed(cleanup);
			}
			throw ex;
		}
	}

	private void massIndex(IndexingProgress progress) {
		progress.run(Search.mapping(sessionFactory)
			.scope(Job.class)
			.massIndexer()
			// The new index is empty; a purge through the write alias is not needed
			.purgeAllOnStart(false)
			.mergeSegmentsOnFinish(false));
	}

	/**
	 * Sends the jobs changed since then through the outbox again: each node's agent
	 * indexes them as they are now into the index the write alias names.
	 */
	private void indexAgainJobsChangedSince(Instant since) {
		sessionFactory.inTransaction(session -> {
			SearchIndexingPlan plan = Search.session(session).indexingPlan();
			session.createSelectionQuery("from Job where updatedAt >= :since", Job.class)
				.setParameter("since", since)
				.getResultList()
				.forEach(plan::addOrUpdate);
		});
	}

	enum State {

		NONE, RUNNING, DONE, FAILED

	}

	/**
	 * What this node knows of its last rebuild.
	 *
	 * @param state {@code NONE} when it ran none since it started
	 * @param index the index being built
	 * @param documents jobs written to it so far
	 * @param total published jobs when it started
	 * @param startedAt when it started
	 * @param finishedAt when it ended, either way
	 * @param failure why it failed
	 */
	record Progress(State state, @Nullable String index, long documents, long total, @Nullable Instant startedAt,
			@Nullable Instant finishedAt, @Nullable String failure) {
	}

	private final class Run {

		private final Instant startedAt;

		private volatile IndexingProgress progress = new IndexingProgress(0);

		private volatile @Nullable String index;

		private volatile State state = State.RUNNING;

		private volatile @Nullable Instant finishedAt;

		private volatile @Nullable String failure;

		private Run(Instant startedAt) {
			this.startedAt = startedAt;
		}

		private void finish(State state, @Nullable String failure) {
			this.failure = failure;
			this.finishedAt = clock.instant();
			this.state = state;
		}

		private Progress progress() {
			return new Progress(state, index, progress.documents(), progress.total(), startedAt, finishedAt, failure);
		}

	}

	/**
	 * A session-level advisory lock on a connection of its own, held until closed.
	 */
	private static final class ClusterLock implements AutoCloseable {

		private final Connection connection;

		private ClusterLock(Connection connection) {
			this.connection = connection;
		}

		static @Nullable ClusterLock tryAcquire(DataSource dataSource) {
			try {
				Connection connection = dataSource.getConnection();
				boolean acquired = false;
				try {
					acquired = call(connection, "pg_try_advisory_lock");
				}
				finally {
					if (!acquired) {
						connection.close();
					}
				}
				return acquired ? new ClusterLock(connection) : null;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot take the rebuild lock in PostgreSQL", ex);
			}
		}

		@Override
		public void close() {
			try (connection) {
				call(connection, "pg_advisory_unlock");
			}
			catch (SQLException ex) {
				// The lock ends with the connection, which is gone
				log.warn("Cannot release the rebuild lock: {}", ex.getMessage());
			}
		}

		private static boolean call(Connection connection, String function) throws SQLException {
			String sql = "select " + function + "(hashtextextended('search-index-rebuild', 0))";
			try (PreparedStatement statement = connection.prepareStatement(sql);
					ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}

	}

}
