package dev.backboard.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.backboard.jobs.Job;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearchResult;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Answers to searches asked again, kept in memory while the embedded index and the minute
 * are those they were computed at, as Solr's query result cache is kept per searcher.
 * <p>
 * Every change to the index (a job published, edited, closed, erased) opens a new reader,
 * and answers are kept by reader, so a kept answer is never older than the last write: it
 * is the answer a new search would give. Time enters a search only through the minute
 * (see {@link dev.backboard.search.JobSearch#search}), which is part of the key. The
 * cache is per node, like the embedded index it answers for; a remote engine keeps its
 * own request cache, so the OpenSearch backend has none here.
 */
public final class ResultCache {

	private final Cache<Key, JobSearchResult> answers;

	private final int size;

	private volatile boolean enabled;

	/**
	 * @param size how many answers to keep, the least recently used leaving first; 0 for
	 * none
	 */
	public ResultCache(int size) {
		this.answers = Caffeine.newBuilder().maximumSize(Math.max(size, 0)).build();
		this.size = size;
		this.enabled = size > 0;
	}

	/**
	 * The kept answer to the query, or the one {@code search} gives, then kept.
	 * @param minute the minute the search is run at
	 */
	public JobSearchResult get(SearchSession session, JobQuery query, Instant minute,
			Supplier<JobSearchResult> search) {
		if (!enabled) {
			return search.get();
		}
		Key key = new Key(readers(session), minute, query);
		JobSearchResult kept = answers.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		// Computed outside the cache's lock: two identical first searches both run,
		// rather than one holding a lock for the length of a search.
		JobSearchResult answer = search.get();
		answers.put(key, answer);
		return answer;
	}

	/**
	 * Turns keeping answers on or off at run time, for measuring searches computed in
	 * full; off also forgets every kept answer. A cache of size 0 stays off.
	 */
	public void enable(boolean on) {
		enabled = on && size > 0;
		if (!on) {
			answers.invalidateAll();
		}
	}

	/** How many answers are kept now. */
	public long size() {
		answers.cleanUp();
		return answers.estimatedSize();
	}

	/**
	 * The identity of each shard's reader: Hibernate Search keeps a reader while its
	 * index is unchanged and opens another after any write.
	 */
	private static List<IndexReader.CacheKey> readers(SearchSession session) {
		try (IndexReader reader = session.scope(Job.class).extension(LuceneExtension.get()).openIndexReader()) {
			List<IndexReaderContext> shards = reader.getContext().children();
			if (shards == null) {
				return List.of(identity(reader));
			}
			List<IndexReader.CacheKey> readers = new ArrayList<>(shards.size());
			for (IndexReaderContext shard : shards) {
				readers.add(identity(shard.reader()));
			}
			return readers;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static IndexReader.CacheKey identity(IndexReader reader) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			throw new IllegalStateException("The index reader " + reader.getClass().getName()
					+ " cannot be told apart from the next one; the result cache cannot tell when the index changes");
		}
		return helper.getKey();
	}

	private record Key(List<IndexReader.CacheKey> readers, Instant minute, JobQuery query) {
	}

}
