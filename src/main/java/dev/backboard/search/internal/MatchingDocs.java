package dev.backboard.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of a segment that a query matches, as a bit set, computed clause by
 * clause: a term's postings are read straight into bits, and boolean clauses become AND,
 * OR and AND NOT of their sets. Counting facets needs every match but no score, and this
 * does without the per-document heap of a scored disjunction over several fields. Any
 * other query is matched by its own scorer, through the searcher's query cache.
 */
final class MatchingDocs {

	private final IndexSearcher searcher;

	MatchingDocs(IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/** The live documents of the segment that the rewritten query matches. */
	FixedBitSet of(Query rewritten, LeafReaderContext leaf) throws IOException {
		FixedBitSet bits = bits(rewritten, leaf);
		Bits live = leaf.reader().getLiveDocs();
		if (live != null) {
			for (int doc = bits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = next(bits, doc)) {
				if (!live.get(doc)) {
					bits.clear(doc);
				}
			}
		}
		return bits;
	}

	private FixedBitSet bits(Query query, LeafReaderContext leaf) throws IOException {
		int maxDoc = leaf.reader().maxDoc();
		if (query instanceof BoostQuery boost) {
			return bits(boost.getQuery(), leaf);
		}
		if (query instanceof ConstantScoreQuery constant) {
			return bits(constant.getQuery(), leaf);
		}
		if (query instanceof MatchAllDocsQuery) {
			FixedBitSet all = new FixedBitSet(maxDoc);
			all.set(0, maxDoc);
			return all;
		}
		if (query instanceof TermQuery term) {
			return postings(term.getTerm(), leaf);
		}
		if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() <= 1) {
			return bool(bool, leaf);
		}
		return scored(query, leaf);
	}

	private FixedBitSet bool(BooleanQuery bool, LeafReaderContext leaf) throws IOException {
		FixedBitSet result = null;
		List<Query> optional = new ArrayList<>();
		for (BooleanClause clause : bool.clauses()) {
			if (clause.isRequired()) {
				FixedBitSet required = bits(clause.query(), leaf);
				if (result == null) {
					result = required;
				}
				else {
					result.and(required);
				}
				if (result.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
					return result;
				}
			}
			else if (clause.occur() == BooleanClause.Occur.SHOULD) {
				optional.add(clause.query());
			}
		}
		// Optional clauses only rank, unless nothing is required or one of them must
		// match.
		if (!optional.isEmpty() && (result == null || bool.getMinimumNumberShouldMatch() == 1)) {
			FixedBitSet any = new FixedBitSet(leaf.reader().maxDoc());
			for (Query query : optional) {
				any.or(bits(query, leaf));
			}
			if (result == null) {
				result = any;
			}
			else {
				result.and(any);
			}
		}
		if (result == null) {
			// Only exclusions: like Lucene, match nothing.
			return new FixedBitSet(leaf.reader().maxDoc());
		}
		for (BooleanClause clause : bool.clauses()) {
			if (clause.isProhibited()) {
				result.andNot(bits(clause.query(), leaf));
			}
		}
		return result;
	}

	private static FixedBitSet postings(Term term, LeafReaderContext leaf) throws IOException {
		FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
		Terms terms = leaf.reader().terms(term.field());
		if (terms != null) {
			TermsEnum values = terms.iterator();
			if (values.seekExact(term.bytes())) {
				bits.or(values.postings(null, PostingsEnum.NONE));
			}
		}
		return bits;
	}

	private FixedBitSet scored(Query query, LeafReaderContext leaf) throws IOException {
		FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
		Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
		Scorer scorer = weight.scorer(leaf);
		if (scorer == null) {
			return bits;
		}
		TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
		if (twoPhase == null) {
			bits.or(scorer.iterator());
		}
		else {
			DocIdSetIterator approximation = twoPhase.approximation();
			for (int doc = approximation.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = approximation
				.nextDoc()) {
				if (twoPhase.matches()) {
					bits.set(doc);
				}
			}
		}
		return bits;
	}

	private static int next(FixedBitSet bits, int doc) {
		return doc + 1 >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(doc + 1);
	}

}
