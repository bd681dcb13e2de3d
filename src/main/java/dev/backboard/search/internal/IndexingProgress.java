package dev.backboard.search.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rebuild's progress: logged every five percent, with its rate, instead of a line per
 * batch, and read by the rebuild endpoint.
 */
class IndexingProgress implements MassIndexingMonitor {

	private static final Logger log = LoggerFactory.getLogger(IndexingProgress.class);

	private final long total;

	private final long step;

	private final long started = System.nanoTime();

	private final AtomicLong added = new AtomicLong();

	private final AtomicLong nextReport;

	IndexingProgress(long total) {
		this.total = total;
		this.step = Math.max(1, total / 20);
		this.nextReport = new AtomicLong(step);
	}

	/**
	 * Runs a mass indexer with the loading both rebuilds use, reporting here, and waits
	 * for it.
	 */
	void run(MassIndexer indexer) {
		try {
			indexer.threadsToLoadObjects(Runtime.getRuntime().availableProcessors())
				.batchSizeToLoadObjects(200)
				.monitor(this)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Indexing was interrupted", ex);
		}
	}

	long total() {
		return total;
	}

	/** Documents written to the index so far. */
	long documents() {
		return added.get();
	}

	@Override
	public void documentsAdded(long increment) {
		long done = added.addAndGet(increment);
		long due = nextReport.get();
		if (done >= due && nextReport.compareAndSet(due, due + step)) {
			double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
			log.info("Indexed {} of {} jobs ({}%), {} jobs/s", done, total, total == 0 ? 100 : done * 100 / total,
					Math.round(done / seconds));
		}
	}

	@Override
	public void documentsBuilt(long increment) {
	}

	@Override
	public void entitiesLoaded(long increment) {
	}

	@Override
	public void indexingCompleted() {
	}

}
