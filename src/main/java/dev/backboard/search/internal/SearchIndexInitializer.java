package dev.backboard.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database at start-up when it is missing, was written
 * by an older mapping, or does not hold every published job (a crash, a restored backup).
 * The application reports ready only once this is done.
 */
@Component
@Order(100)
public class SearchIndexInitializer implements ApplicationRunner {

	/** Bump when the index mapping changes, so that existing indexes are rebuilt. */
	static final String MAPPING_VERSION = "5";

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	private final SessionFactory sessionFactory;

	private final JobService jobs;

	private final Path versionFile;

	private final AtomicBoolean ready = new AtomicBoolean();

	private final AtomicLong rebuiltDocuments = new AtomicLong();

	private final AtomicLong rebuildMillis = new AtomicLong();

	SearchIndexInitializer(EntityManagerFactory entityManagerFactory, JobService jobs, BackboardProperties properties,
			MeterRegistry meters) {
		this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
		this.jobs = jobs;
		this.versionFile = properties.dataDir().resolve("index").resolve("backboard-mapping.version");
		Gauge.builder("backboard.search.rebuild.documents", rebuiltDocuments, AtomicLong::get)
			.description("Jobs indexed by the last rebuild at start-up")
			.register(meters);
		TimeGauge.builder("backboard.search.rebuild", rebuildMillis, TimeUnit.MILLISECONDS, AtomicLong::get)
			.description("How long the last rebuild at start-up took")
			.register(meters);
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		try (Session session = sessionFactory.openSession()) {
			SearchSession search = Search.session(session);
			boolean sameMapping = MAPPING_VERSION.equals(storedVersion());
			long indexed = search.search(Job.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long published = jobs.countPublished();
			if (sameMapping && indexed == published) {
				log.info("Search index holds all {} published jobs", published);
			}
			else {
				log.info("Rebuilding the search index: {} published jobs, {} indexed, mapping {}", published, indexed,
						sameMapping ? "unchanged" : "changed");
				long started = System.nanoTime();
				search.massIndexer(Job.class)
					.dropAndCreateSchemaOnStart(!sameMapping)
					.threadsToLoadObjects(Runtime.getRuntime().availableProcessors())
					.batchSizeToLoadObjects(200)
					.mergeSegmentsOnFinish(true)
					.monitor(new IndexingProgress(published))
					.startAndWait();
				rebuildMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
				rebuiltDocuments.set(published);
				Files.createDirectories(versionFile.getParent());
				Files.writeString(versionFile, MAPPING_VERSION);
				log.info("Search index rebuilt: {} jobs in {} s", published, rebuildMillis.get() / 1000.0);
			}
		}
		ready.set(true);
	}

	public boolean isReady() {
		return ready.get();
	}

	private String storedVersion() throws IOException {
		return Files.exists(versionFile) ? Files.readString(versionFile).strip() : "";
	}

}
