package dev.backboard.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * The facet fields of one immutable index segment, read once from its doc values into
 * shapes that count fast: one bit set per value of the keyword groups (count = popcount
 * of the match set AND the value's bits) and one array per document for the company (a
 * dense company number) and for the two range fields, and how many documents hold each
 * value, so that a search matching most of a segment is counted from what it does not
 * match. Deleted documents are not removed here: the match sets never contain them, and
 * the documents a search does not match include them.
 */
final class SegmentFacets {

	/** Companies, pay and age have no value for the document. */
	static final int NO_COMPANY = -1;

	static final long NO_VALUE = Long.MIN_VALUE;

	final int maxDoc;

	final Map<FacetGroup, Terms> terms;

	final int[] company;

	final long[] salary;

	final long[] posted;

	/** How many documents of the segment have each company, by its dense number. */
	final int[] companyTotals;

	/** The two range columns, sorted: how many documents reach a threshold. */
	private final long[] salarySorted;

	private final long[] postedSorted;

	/** The range columns. */
	enum Column {

		SALARY, POSTED

	}

	/**
	 * Per document, how many of a few ascending thresholds its value reaches, for the
	 * last thresholds asked: the pay bands of the currencies in use, and the posting-age
	 * bands of the current minute and the one before.
	 */
	private final Cache<Bands, byte[]> bands = Caffeine.newBuilder().maximumSize(BANDS_KEPT).build();

	private static final int BANDS_KEPT = 8;

	private record Bands(Column column, List<Long> ascending) {
	}

	private SegmentFacets(int maxDoc, Map<FacetGroup, Terms> terms, int[] company, long[] salary, long[] posted,
			int companies) {
		this.maxDoc = maxDoc;
		this.terms = terms;
		this.company = company;
		this.salary = salary;
		this.posted = posted;
		this.companyTotals = new int[companies];
		for (int index : company) {
			if (index != NO_COMPANY) {
				companyTotals[index]++;
			}
		}
		this.salarySorted = salary.clone();
		Arrays.sort(salarySorted);
		this.postedSorted = posted.clone();
		Arrays.sort(postedSorted);
	}

	/** Each document's band among the ascending thresholds (at most 127 of them). */
	byte[] bands(Column column, long[] ascending) {
		List<Long> key = Arrays.stream(ascending).boxed().toList();
		return bands.get(new Bands(column, key), k -> {
			long[] values = column == Column.SALARY ? salary : posted;
			byte[] band = new byte[maxDoc];
			for (int doc = 0; doc < maxDoc; doc++) {
				band[doc] = (byte) SegmentFacetCounter.Bands.band(ascending, values[doc]);
			}
			return band;
		});
	}

	long salaryAtOrAbove(long threshold) {
		return atOrAbove(salarySorted, threshold);
	}

	long postedAtOrAbove(long threshold) {
		return atOrAbove(postedSorted, threshold);
	}

	private static long atOrAbove(long[] sorted, long threshold) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] < threshold) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return sorted.length - low;
	}

	/**
	 * The values of a keyword group in this segment: for each of the segment's ordinals,
	 * the value's dense number and the documents that hold it.
	 */
	record Terms(int[] index, FixedBitSet[] docs, int[] totals) {
	}

	static SegmentFacets build(LeafReader leaf, SegmentFacetCounter.Dictionaries dictionaries) throws IOException {
		int maxDoc = leaf.maxDoc();
		Map<FacetGroup, Terms> terms = new EnumMap<>(FacetGroup.class);
		for (FacetGroup group : SegmentFacetCounter.KEYWORD_GROUPS) {
			terms.put(group, terms(leaf, SegmentFacetCounter.field(group), dictionaries.of(group)));
		}
		int[] company = companies(leaf, dictionaries.companies());
		return new SegmentFacets(maxDoc, terms, company, column(leaf, JobFields.ANNUAL_MAX),
				column(leaf, JobFields.POSTED_AT), dictionaries.companies().size());
	}

	private static Terms terms(LeafReader leaf, String field, FacetValueDictionary<String> dictionary)
			throws IOException {
		SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
		int count = (int) values.getValueCount();
		int[] index = new int[count];
		FixedBitSet[] docs = new FixedBitSet[count];
		for (int ord = 0; ord < count; ord++) {
			index[ord] = dictionary.indexOf(values.lookupOrd(ord).utf8ToString());
			docs[ord] = new FixedBitSet(leaf.maxDoc());
		}
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			for (int i = 0; i < values.docValueCount(); i++) {
				docs[(int) values.nextOrd()].set(doc);
			}
		}
		int[] totals = new int[count];
		for (int ord = 0; ord < count; ord++) {
			totals[ord] = docs[ord].cardinality();
		}
		return new Terms(index, docs, totals);
	}

	private static int[] companies(LeafReader leaf, FacetValueDictionary<Long> dictionary) throws IOException {
		int[] company = new int[leaf.maxDoc()];
		Arrays.fill(company, NO_COMPANY);
		SortedNumericDocValues values = DocValues.getSortedNumeric(leaf, JobFields.COMPANY_ID);
		long last = 0;
		int lastIndex = NO_COMPANY;
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			long id = values.nextValue();
			if (lastIndex == NO_COMPANY || id != last) {
				lastIndex = dictionary.indexOf(id);
				last = id;
			}
			company[doc] = lastIndex;
		}
		return company;
	}

	/**
	 * The largest value of a numeric field per document: a range facet counts a document
	 * once if any value reaches the threshold.
	 */
	private static long[] column(LeafReader leaf, String field) throws IOException {
		long[] column = new long[leaf.maxDoc()];
		Arrays.fill(column, NO_VALUE);
		SortedNumericDocValues values = DocValues.getSortedNumeric(leaf, field);
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			long max = NO_VALUE;
			for (int i = 0; i < values.docValueCount(); i++) {
				max = Math.max(max, values.nextValue());
			}
			column[doc] = max;
		}
		return column;
	}

	long ramBytesUsed() {
		long bytes = bands.asMap().values().stream().mapToLong(RamUsageEstimator::sizeOf).sum()
				+ RamUsageEstimator.sizeOf(company) + RamUsageEstimator.sizeOf(salary)
				+ RamUsageEstimator.sizeOf(posted) + RamUsageEstimator.sizeOf(companyTotals)
				+ RamUsageEstimator.sizeOf(salarySorted) + RamUsageEstimator.sizeOf(postedSorted);
		for (Terms t : terms.values()) {
			bytes += RamUsageEstimator.sizeOf(t.index()) + RamUsageEstimator.sizeOf(t.totals());
			for (FixedBitSet bits : t.docs()) {
				bytes += bits.ramBytesUsed();
			}
		}
		return bytes;
	}

}
