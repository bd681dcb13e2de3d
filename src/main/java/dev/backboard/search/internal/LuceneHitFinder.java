package dev.backboard.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
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
		BooleanPredicateClausesStep<?, ?> byId = f.bool().filter(f.id().matchingAny(ids));
		// Optional: they find nothing more, they only mark the words in the snippet.
		JobPredicates.words(f, query).forEach(byId::should);
		Map<Long, Integer> rank = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			rank.put(ids.get(i), i);
		}
		List<JobHit> hits = new ArrayList<>(session.search(scope)
			.select(HitProjection.of(scope.projection(), taxonomy))
			.where(byId.toPredicate())
			.highlighter(HitProjection::highlighter)
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
			int[] docs;
			if (query.query().sortOrDefault() == dev.backboard.search.SearchSort.RELEVANCE) {
				Query featured = searcher.rewrite(LucenePredicates.toQuery(RankingBoosts.featured(f).toPredicate()));
				MatchingDocs matchingDocs = new MatchingDocs(searcher);
				docs = searcher
					.search(matching,
							new RelevanceCollector(offset + size, RankingBoosts.at(now),
									leaf -> matchingDocs.of(featured, leaf)))
					.stream()
					.mapToInt(RelevanceCollector.Hit::doc)
					.toArray();
			}
			else {
				docs = Arrays
					.stream(searcher.search(matching, new TopFieldCollectorManager(sort(query.query().sortOrDefault()),
							offset + size, null, offset + size, false)).scoreDocs)
					.mapToInt(hit -> hit.doc)
					.toArray();
			}
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
	 * The same order as {@link EngineHitFinder#sort} for the field sorts, ties broken by
	 * index order; relevance is the {@link RelevanceCollector}'s.
	 */
	static Sort sort(dev.backboard.search.SearchSort sort) {
		return switch (sort) {
			case NEWEST -> new Sort(POSTED_AT, SortField.FIELD_SCORE);
			case SALARY -> new Sort(ANNUAL_MAX, POSTED_AT);
			case RELEVANCE -> throw new IllegalArgumentException("Relevance is ranked by RelevanceCollector");
		};
	}

	private static SortField annualMax() {
		SortField field = new SortedNumericSortField(JobFields.ANNUAL_MAX, SortField.Type.LONG, true);
		// Highest first, jobs without pay last.
		field.setMissingValue(Long.MIN_VALUE);
		return field;
	}

}
