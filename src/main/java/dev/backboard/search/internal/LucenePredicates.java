package dev.backboard.search.internal;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.lowlevel.common.impl.MetadataFields;
import org.hibernate.search.backend.lucene.search.predicate.impl.LuceneSearchPredicate;
import org.hibernate.search.backend.lucene.search.predicate.impl.PredicateRequestContext;
import org.hibernate.search.engine.search.predicate.SearchPredicate;

/**
 * Turns a predicate of the Lucene backend into the Lucene query it stands for, so that
 * hits and facets can be computed over exactly the documents a search matches without
 * running the search through the engine's collectors, and reads a document's id.
 * <p>
 * Hibernate Search 8.2 has no public way to do either, so this uses its internal
 * {@code LuceneSearchPredicate#toQuery} and the name of its id field; they are kept to
 * this one class, and the search tests compare every hit and count with the engine's. The
 * engine wraps the query in filters that are no-ops for the job index: no tenants, no
 * routing keys (the routing bridge only decides whether a job is indexed) and no nested
 * documents, so every document is a main one.
 */
final class LucenePredicates {

	private LucenePredicates() {
	}

	static Query toQuery(SearchPredicate predicate) {
		return ((LuceneSearchPredicate) predicate).toQuery(PredicateRequestContext.withoutSession());
	}

	/** The id of the job a document of the reader stands for. */
	static long documentId(IndexReader reader, int doc) throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		BinaryDocValues ids = DocValues.getBinary(leaf.reader(), MetadataFields.idDocValueFieldName());
		if (!ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("A document of the job index has no id");
		}
		return Long.parseLong(ids.binaryValue().utf8ToString());
	}

}
