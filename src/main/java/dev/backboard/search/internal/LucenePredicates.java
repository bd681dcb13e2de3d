package dev.backboard.search.internal;

import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.search.predicate.impl.LuceneSearchPredicate;
import org.hibernate.search.backend.lucene.search.predicate.impl.PredicateRequestContext;
import org.hibernate.search.engine.search.predicate.SearchPredicate;

/**
 * Turns a predicate of the Lucene backend into the Lucene query it stands for, so that
 * facets can be counted over exactly the documents a search matches without running the
 * search through the engine's collectors.
 * <p>
 * Hibernate Search 8.2 has no public way to get that query, so this uses its internal
 * {@code LuceneSearchPredicate#toQuery}; it is kept to this one class, and the facet
 * tests compare every count with the engine's. The engine wraps the query in filters that
 * are no-ops for the job index: no tenants, no routing keys (the routing bridge only
 * decides whether a job is indexed) and no nested documents, so every document is a main
 * one.
 */
final class LucenePredicates {

	private LucenePredicates() {
	}

	static Query toQuery(SearchPredicate predicate) {
		return ((LuceneSearchPredicate) predicate).toQuery(PredicateRequestContext.withoutSession());
	}

}
