package dev.backboard.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.util.Version;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database at start-up when it is missing, was written
 * by an older mapping, or does not hold every published job (a crash, a restored backup).
 * The application reports ready only once this is done. With OpenSearch this happens in
 * the background and is retried until the cluster answers, so that a node starts while
 * the cluster is down; a cluster index of an older mapping version is never dropped at
 * start (other nodes may still serve it): it is rebuilt beside the live one, as is an
 * index a rebuild left behind when its node died. Nor is an index that holds other jobs
 * than the database emptied and refilled in place: it is mended job by job (see
 * {@link IndexRepair}).
 */
@Component
@Order(100)
public class SearchIndexInitializer implements ApplicationRunner {

	/** Bump when the index mapping changes, so that existing indexes are rebuilt. */
	static final String MAPPING_VERSION = "7";

	/**
	 * What the embedded index records: the mapping and Lucene's major version, so that a
	 * Lucene upgrade also rebuilds it in the new format (older segments stay readable
	 * until then, through Lucene's backward codecs).
	 */
	static final String EMBEDDED_INDEX_VERSION = MAPPING_VERSION + "/lucene-" + Version.LATEST.major;

	static final Duration RETRY = Duration.ofSeconds(5);

	/**
	 * Differences mended job by job at start; more, and above a twentieth of the jobs,
	 * rebuild the index beside the live one.
	 */
	private static final int REPAIR_AT_MOST = 10_000;

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	private final SessionFactory sessionFactory;

	private final JobService jobs;

	private final Path versionFile;

	private final @Nullable OpenSearchIndex cluster;

	private final @Nullable SearchIndexRebuild rebuild;

	private final AtomicReference<@Nullable String> notReady = new AtomicReference<>("the search index is being built");

	/**
	 * Searches share it; a rebuild that drops and refills the embedded index holds it
	 * alone, once the searches that began before it have ended.
	 */
	private final ReentrantReadWriteLock indexInUse = new ReentrantReadWriteLock();

	private final AtomicLong rebuiltDocuments = new AtomicLong();

	private final AtomicLong rebuildMillis = new AtomicLong();

	SearchIndexInitializer(EntityManagerFactory entityManagerFactory, JobService jobs, BackboardProperties properties,
			ObjectProvider<OpenSearchIndex> cluster, ObjectProvider<SearchIndexRebuild> rebuild, MeterRegistry meters) {
		this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
		this.jobs = jobs;
		this.versionFile = properties.dataDir().resolve("index").resolve("backboard-mapping.version");
		this.cluster = cluster.getIfAvailable();
		this.rebuild = rebuild.getIfAvailable();
		Gauge.builder("backboard.search.rebuild.documents", rebuiltDocuments, AtomicLong::get)
			.description("Jobs indexed by the last rebuild at start-up")
			.register(meters);
		TimeGauge.builder("backboard.search.rebuild", rebuildMillis, TimeUnit.MILLISECONDS, AtomicLong::get)
			.description("How long the last rebuild at start-up took")
			.register(meters);
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (cluster == null) {
			initializeLucene();
			notReady.set(null);
		}
		else {
			Thread.ofVirtual().name("search-index-initializer").start(this::initializeOpenSearchUntilDone);
		}
	}

	/** Why search is not ready, or null when it is. */
	@Nullable String notReadyReason() {
		return notReady.get();
	}

	public boolean isReady() {
		return notReady.get() == null;
	}

	/**
	 * What a search holds while it reads the index: {@code tryLock} fails while a rebuild
	 * drops and refills it. A search that got it still checks {@link #isReady()}.
	 */
	public Lock searchLock() {
		return indexInUse.readLock();
	}

	private void initializeLucene() throws IOException {
		try (Session session = sessionFactory.openSession()) {
			SearchSession search = Search.session(session);
			boolean sameMapping = EMBEDDED_INDEX_VERSION.equals(storedVersion());
			long indexed = search.search(Job.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long published = jobs.countPublished();
			if (sameMapping && indexed == published) {
				log.info("Search index holds all {} published jobs", published);
			}
			else {
				// No search may open the index while it is dropped and refilled: new ones
				// see it is not ready, and the ones already reading it end first.
				notReady.set("the search index is being rebuilt");
				indexInUse.writeLock().lock();
				try {
					log.info("Rebuilding the search index: {} published jobs, {} indexed, mapping {}", published,
							indexed, sameMapping ? "unchanged" : "changed");
					massIndex(search, published, !sameMapping);
					Files.createDirectories(versionFile.getParent());
					Files.writeString(versionFile, EMBEDDED_INDEX_VERSION);
				}
				finally {
					indexInUse.writeLock().unlock();
				}
			}
		}
	}

	private void initializeOpenSearchUntilDone() {
		OpenSearchIndex index = cluster;
		while (index != null) {
			try {
				initializeOpenSearch(index);
				notReady.set(null);
				return;
			}
			catch (RebuildElsewhere ex) {
				notReady.set(ex.getMessage());
				log.info("{}; checking again in {} s", ex.getMessage(), RETRY.toSeconds());
			}
			catch (WrongMappingVersion ex) {
				notReady.set(ex.getMessage());
				log.error(ex.getMessage());
				return;
			}
			catch (RuntimeException ex) {
				if (causedBy(ex, "resource_already_exists_exception")) {
					// Nodes started together on an empty cluster race to create the
					// index;
					// the loser checks the winner's index on its next try.
					log.info("Another node created the OpenSearch index first; checking it in {} s", RETRY.toSeconds());
				}
				else if (causedBy(ex, "invalid_alias_name_exception")) {
					// A write from the outbox came while the index was being created
					log.info("A write came before the OpenSearch index; creating it again in {} s", RETRY.toSeconds());
				}
				else if (EngineFailures.isUnavailable(ex)) {
					// Refused or timed out, or answering 503 while the index's shards
					// start (an index another node has just created, a node restarting)
					int status = EngineFailures.status(ex);
					notReady.set("OpenSearch cannot answer at " + index.uris());
					log.warn("OpenSearch cannot answer at {} ({}); search is out of service, retrying every {} s",
							index.uris(), status > 0 ? "it answered " + status : OpenSearchIndex.rootMessage(ex),
							RETRY.toSeconds());
				}
				else {
					notReady.set("the OpenSearch index cannot be used: " + ex.getMessage());
					log.error("The OpenSearch index cannot be used; search stays out of service", ex);
					return;
				}
			}
			try {
				Thread.sleep(RETRY);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static boolean causedBy(Throwable failure, String type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(type)) {
				return true;
			}
		}
		return false;
	}

	private void initializeOpenSearch(OpenSearchIndex index) {
		index.checkReachable();
		OpenSearchIndex.Aliases aliases = index.aliases();
		String stored = aliases == null ? null : index.mappingVersion();
		if (aliases != null && aliases.isSplit()) {
			log.info("The OpenSearch aliases name two indexes: a rebuild is running or did not end");
			rebuildBesideTheLiveIndex();
			return;
		}
		if (stored != null && isOlder(stored)) {
			log.info("The OpenSearch index was built for mapping version {}; rebuilding it for {}", stored,
					MAPPING_VERSION);
			rebuildBesideTheLiveIndex();
			return;
		}
		if (stored != null && !MAPPING_VERSION.equals(stored)) {
			throw new WrongMappingVersion(stored);
		}
		if (aliases == null && index.deleteIndexNamedLikeTheWriteAlias()) {
			log.warn("Deleted an OpenSearch index named like the write alias, which writes that came before the "
					+ "index had created");
		}
		index.createOrValidate();
		try (Session session = sessionFactory.openSession()) {
			SearchSession search = Search.session(session);
			long indexed = search.search(Job.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long published = jobs.countPublished();
			if (stored != null && indexed == published) {
				log.info("OpenSearch index holds all {} published jobs", published);
			}
			else if (stored != null) {
				repair(published, indexed);
			}
			else {
				log.info("Indexing into OpenSearch: {} published jobs, {} indexed", published, indexed);
				massIndex(search, published, false);
				index.storeMappingVersion(MAPPING_VERSION);
			}
		}
	}

	/**
	 * The index other nodes may be searching holds other jobs than the database: it is
	 * mended job by job, or for many differences rebuilt beside the live index in the
	 * background. Either way it is never emptied, and it answers meanwhile.
	 */
	private void repair(long published, long indexed) {
		IndexRepair repair = new IndexRepair(sessionFactory);
		IndexRepair.Differences differences = repair.differences();
		if (differences.size() == 0) {
			log.info("OpenSearch index holds all {} published jobs (counts differed for a moment)", published);
		}
		else if (differences.size() > Math.max(REPAIR_AT_MOST, published / 20) && rebuild != null) {
			log.info(
					"OpenSearch index misses {} of {} published jobs and holds {} it should not: rebuilding it "
							+ "beside the live one, which answers meanwhile",
					differences.missing().length, published, differences.extra().length);
			if (rebuild.start().isEmpty()) {
				log.info("Another node is rebuilding the OpenSearch index already");
			}
		}
		else {
			log.info(
					"OpenSearch index ({} jobs) misses {} of {} published jobs and holds {} it should not: "
							+ "indexing those again",
					indexed, differences.missing().length, published, differences.extra().length);
			repair.apply(differences);
		}
	}

	private void rebuildBesideTheLiveIndex() {
		if (rebuild == null || !rebuild.runIfIdle()) {
			throw new RebuildElsewhere();
		}
	}

	private static boolean isOlder(String stored) {
		try {
			return Integer.parseInt(stored) < Integer.parseInt(MAPPING_VERSION);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private void massIndex(SearchSession search, long published, boolean dropAndCreate) {
		long started = System.nanoTime();
		new IndexingProgress(published).run(search.massIndexer(Job.class)
			.dropAndCreateSchemaOnStart(dropAndCreate)
			.mergeSegmentsOnFinish(cluster == null));
		rebuildMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		rebuiltDocuments.set(published);
		log.info("Search index rebuilt: {} jobs in {} s", published, rebuildMillis.get() / 1000.0);
	}

	private String storedVersion() throws IOException {
		return Files.exists(versionFile) ? Files.readString(versionFile).strip() : "";
	}

	static final class WrongMappingVersion extends RuntimeException {

		private static final long serialVersionUID = 1L;

		WrongMappingVersion(String stored) {
			super("The OpenSearch index was built for mapping version " + stored + ", newer than the " + MAPPING_VERSION
					+ " this version of Backboard needs: run the version that built it, or rebuild "
					+ "the index for this one ('curl -X POST -H \"Content-Type: application/json\" "
					+ "http://localhost:<port>/actuator/searchindex' on this node); search stays out of service "
					+ "until then");
		}

	}

	/** Another node is rebuilding the index; this one checks it again once it is done. */
	static final class RebuildElsewhere extends RuntimeException {

		private static final long serialVersionUID = 1L;

		RebuildElsewhere() {
			super("Another node is rebuilding the OpenSearch index");
		}

	}

}
