package dev.backboard.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import dev.backboard.jobs.Job;
import dev.backboard.search.JobHit;
import dev.backboard.skills.Taxonomy;

/**
 * Hits on the embedded index in two steps. The page's documents are ranked by Lucene
 * itself, with a collector that knows it needs only the page: it sets a minimum
 * competitive score (or skips by the sort field) and so passes over most of a large match
 * set. Then the engine projects and highlights only those documents, found by id, with
 * the query's words alone: the highlighter asks the query where each document matches,
 * which the filters and ranking boosts would make it answer over the whole segment once
 * per hit.
 */
public class LuceneHitFinder implements HitFinder {

	private static final SortField POSTED_AT = new SortedNumericSortField(JobFields.POSTED_AT, SortField.Type.LONG,
			true);

	private static final SortField ANNUAL_MAX = annualMax();

	/** Newest first, ties by relevance. */
	private static final Sort NEWEST = new Sort(POSTED_AT, SortField.FIELD_SCORE);

	/** A search may match many documents when it may match one in this many. */
	private static final int MANY_SHARE = 16;

	private static final Duration FIRST_WINDOW = Duration.ofHours(1);

	private final Taxonomy taxonomy;

	public LuceneHitFinder(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@Override
	public List<JobHit> page(SearchSession session, ResolvedQuery query, Instant now, int offset, int size) {
		SearchScope<Job> scope = session.scope(Job.class);
		List<Long> ids = ids(scope, query, now, offset, size);
		if (ids.isEmpty()) {
			return List.of();
		}
		SearchPredicateFactory f = scope.predicate();
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		JobPredicates.words(f, query).forEach(word -> words.add(LucenePredicates.toQuery(word), Occur.SHOULD));
		Map<Long, Integer> rank = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			rank.put(ids.get(i), i);
		}
		List<JobHit> hits = new ArrayList<>(session.search(scope)
			.select(HitProjection.of(scope.projection(), taxonomy, new Snippets(words.build())))
			.where(f.id().matchingAny(ids).toPredicate())
			.fetchHits(ids.size()));
		// A job deleted since the ranking is left out rather than shown stale.
		hits.sort(Comparator.comparing(hit -> rank.get(hit.id())));
		return hits;
	}

	private static List<Long> ids(SearchScope<Job> scope, ResolvedQuery query, Instant now, int offset, int size) {
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			SearchPredicateFactory f = scope.predicate();
			Query matching = LucenePredicates.toQuery(JobPredicates.matching(f, query));
			int best = offset + size;
			// The same orders as EngineHitFinder#sort, ties broken by index order.
			int[] docs = switch (query.query().sortOrDefault()) {
				case RELEVANCE -> relevance(searcher, f, query, matching, now, best);
				case NEWEST -> docs(newestFirst(searcher, f, matching, NEWEST, best, now));
				case SALARY -> docs(top(searcher, matching, new Sort(ANNUAL_MAX, POSTED_AT), best));
			};
			List<Long> ids = new ArrayList<>(size);
			for (int i = offset; i < docs.length; i++) {
				ids.add(LucenePredicates.documentId(reader, docs[i]));
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The first documents in an order whose first key is the posting time, newest first.
	 * Lucene's sort skips the documents older than the page's last only while it need not
	 * score them, and not through every kind of conjunction. So when many documents may
	 * match, the matches of the last hour are sorted first, then of the last 8 hours, 64
	 * and so on, growing until a full page is found or the window holds every posting.
	 * Each round reads only the documents of its window (the posting time's range leads
	 * the conjunction). A page found in a window is the page of the whole search: every
	 * match outside it is older than all inside. A search that few documents can match
	 * (its rarest required clause is rare) is sorted in one go, as its windows would each
	 * cost about as much as the whole.
	 */
	private static ScoreDoc[] newestFirst(IndexSearcher searcher, SearchPredicateFactory f, Query matching, Sort sort,
			int best, Instant now) throws IOException {
		// Rewritten once: a misspelt word's expansion is then looked up once, not per
		// round.
		Query rewritten = searcher.rewrite(matching);
		if (!mayMatchMany(searcher, rewritten)) {
			return top(searcher, rewritten, sort, best);
		}
		Instant oldest = oldestPosting(searcher.getIndexReader());
		Duration window = FIRST_WINDOW;
		while (now.minus(window).isAfter(oldest)) {
			Query recent = LucenePredicates
				.toQuery(f.range().field(JobFields.POSTED_AT).atLeast(now.minus(window)).toPredicate());
			Query query = new BooleanQuery.Builder().add(rewritten, Occur.MUST).add(recent, Occur.FILTER).build();
			ScoreDoc[] page = top(searcher, query, sort, best);
			if (page.length == best) {
				return page;
			}
			window = window.multipliedBy(8);
		}
		return top(searcher, rewritten, sort, best);
	}

	/**
	 * The oldest posting time in the index (the index keeps it in milliseconds, as it
	 * sorts on it), or the latest possible time for an empty index.
	 */
	private static Instant oldestPosting(IndexReader reader) throws IOException {
		byte[] min = PointValues.getMinPackedValue(reader, JobFields.POSTED_AT);
		return min == null ? Instant.MAX : Instant.ofEpochMilli(LongPoint.decodeDimension(min, 0));
	}

	/**
	 * Whether Lucene's estimate of the documents the query matches (at most its rarest
	 * required clause's) reaches a share of the index that a recent window holds enough
	 * of.
	 */
	private static boolean mayMatchMany(IndexSearcher searcher, Query rewritten) throws IOException {
		Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
		long estimate = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			ScorerSupplier supplier = weight.scorerSupplier(leaf);
			estimate += supplier == null ? 0 : supplier.cost();
		}
		return estimate * MANY_SHARE >= searcher.getIndexReader().maxDoc();
	}

	private static ScoreDoc[] top(IndexSearcher searcher, Query query, Sort sort, int best) throws IOException {
		return searcher.search(query, new TopFieldCollectorManager(sort, best, null, best, false)).scoreDocs;
	}

	private static int[] docs(ScoreDoc[] hits) {
		return Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
	}

	private static int[] relevance(IndexSearcher searcher, SearchPredicateFactory f, ResolvedQuery query,
			Query matching, Instant now, int best) throws IOException {
		RankingBoosts boosts = RankingBoosts.at(now);
		Query featured = searcher.rewrite(LucenePredicates.toQuery(RankingBoosts.featured(f).toPredicate()));
		List<RelevanceCollector.Hit> hits;
		if (query.text().isEmpty()) {
			hits = byBoostsAlone(searcher, f, matching, featured, boosts, best, now);
		}
		else {
			MatchingDocs matchingDocs = new MatchingDocs(searcher);
			hits = searcher.search(matching,
					new RelevanceCollector(best, boosts, leaf -> matchingDocs.of(featured, leaf)));
		}
		return hits.stream().mapToInt(RelevanceCollector.Hit::doc).toArray();
	}

	/**
	 * Relevance without words: every job matches alike, so the order is the boosts', then
	 * the newest. Among the featured jobs, and among the others, the boosts only grow
	 * with freshness, so each group is in newest-first order; the page is the best of the
	 * newest of each group, each found {@linkplain #newestFirst newest first}.
	 */
	private static List<RelevanceCollector.Hit> byBoostsAlone(IndexSearcher searcher, SearchPredicateFactory f,
			Query matching, Query featured, RankingBoosts boosts, int size, Instant now) throws IOException {
		List<RelevanceCollector.Hit> hits = new ArrayList<>();
		for (boolean isFeatured : new boolean[] { true, false }) {
			Query group = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.FILTER)
				.add(featured, isFeatured ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT)
				.build();
			for (ScoreDoc hit : newestFirst(searcher, f, group, new Sort(POSTED_AT), size, now)) {
				long postedAt = (Long) ((FieldDoc) hit).fields[0];
				hits.add(new RelevanceCollector.Hit(boosts.of(isFeatured, postedAt), postedAt, hit.doc));
			}
		}
		hits.sort(RelevanceCollector.ORDER);
		return hits.size() > size ? hits.subList(0, size) : hits;
	}

	private static SortField annualMax() {
		SortField field = new SortedNumericSortField(JobFields.ANNUAL_MAX, SortField.Type.LONG, true);
		// Highest first, jobs without pay last.
		field.setMissingValue(Long.MIN_VALUE);
		return field;
	}

}
