package dev.backboard.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.IntToLongFunction;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * Facet counts on the embedded Lucene index from per-segment structures
 * ({@link SegmentFacets}) instead of the engine's per-document aggregation collectors.
 * <p>
 * A search's text and its non-facet filters are matched once into a bit set per segment,
 * and so is each selected facet filter; a group is then counted over the AND of all sets
 * but its own filter, by popcount against a bit set per value (keyword groups) or by one
 * pass over the matching documents (company, pay, posting age; keyword groups too when
 * few documents match). Segments are immutable, so their structures are built once, kept
 * by the segment core's key and dropped when the core closes. A large segment that a
 * merge or a refresh just made is counted from its doc values while its structures are
 * built in the background, so no search waits for a build.
 */
public class SegmentFacetCounter implements FacetCounter {

	static final List<FacetGroup> KEYWORD_GROUPS = List.of(FacetGroup.SKILLS, FacetGroup.WORKPLACE, FacetGroup.COUNTRY,
			FacetGroup.SENIORITY, FacetGroup.EMPLOYMENT);

	private static final Logger log = LoggerFactory.getLogger(SegmentFacetCounter.class);

	/**
	 * Below this many matching documents per value bit set, reading the matching
	 * documents' values beats a popcount over every value's bits.
	 */
	private static final int SCAN_RATIO = 256;

	/** Segments up to this size are cheap to read, so a search builds them itself. */
	static final int DEFAULT_SYNC_BUILD_MAX_DOCS = 50_000;

	/** The salary field's decimal scale in {@link JobIndexMapping}. */
	private static final int SALARY_SCALE = 0;

	private final FacetLabels labels;

	private final int syncBuildMaxDocs;

	private final Dictionaries dictionaries = new Dictionaries();

	private final Map<Object, SegmentFacets> segments = new ConcurrentHashMap<>();

	private final Set<Object> building = ConcurrentHashMap.newKeySet();

	private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "segment-facets");
		thread.setDaemon(true);
		return thread;
	});

	public SegmentFacetCounter(FacetLabels labels) {
		this(labels, DEFAULT_SYNC_BUILD_MAX_DOCS);
	}

	SegmentFacetCounter(FacetLabels labels, int syncBuildMaxDocs) {
		this.labels = labels;
		this.syncBuildMaxDocs = syncBuildMaxDocs;
	}

	@Override
	public FacetCounts count(SearchSession session, ResolvedQuery query, Instant now) {
		SearchScope<Job> scope = session.scope(Job.class);
		List<FacetGroup> selected = new ArrayList<>();
		for (FacetGroup group : FacetGroup.values()) {
			if (group.multiSelect() && group.selectedIn(query)) {
				selected.add(group);
			}
		}
		Tally tally = new Tally(thresholds(query, now));
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			MatchingDocs matching = new MatchingDocs(searcher);
			SearchPredicateFactory f = scope.predicate();
			Query base = query(searcher, JobPredicates.matching(f, query.withoutFacetFilters()));
			Map<FacetGroup, Query> filters = new EnumMap<>(FacetGroup.class);
			for (FacetGroup group : selected) {
				filters.put(group, query(searcher, JobPredicates.matching(f, query.onlyFacetFilter(group))));
			}
			for (LeafReaderContext leaf : reader.leaves()) {
				countSegment(leaf, matching, base, filters, tally);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tally.result(query);
	}

	private static Query query(IndexSearcher searcher, SearchPredicate predicate) throws IOException {
		return searcher.rewrite(LucenePredicates.toQuery(predicate));
	}

	private void countSegment(LeafReaderContext leaf, MatchingDocs matching, Query base, Map<FacetGroup, Query> filters,
			Tally tally) throws IOException {
		FixedBitSet matches = matching.of(base, leaf);
		if (matches.cardinality() == 0) {
			return;
		}
		Map<FacetGroup, FixedBitSet> filtered = new EnumMap<>(FacetGroup.class);
		for (Map.Entry<FacetGroup, Query> filter : filters.entrySet()) {
			filtered.put(filter.getKey(), matching.of(filter.getValue(), leaf));
		}
		FixedBitSet all = and(matches, filtered, null);
		SegmentFacets facets = structures(leaf.reader());
		tally.total += all.cardinality();
		List<FacetGroup> onAll = new ArrayList<>();
		for (FacetGroup group : FacetGroup.values()) {
			if (!filtered.containsKey(group)) {
				onAll.add(group);
			}
		}
		count(leaf.reader(), facets, all, onAll, tally);
		for (FacetGroup group : filtered.keySet()) {
			count(leaf.reader(), facets, and(matches, filtered, group), List.of(group), tally);
		}
	}

	private static FixedBitSet and(FixedBitSet matches, Map<FacetGroup, FixedBitSet> filtered,
			@Nullable FacetGroup except) {
		if (filtered.isEmpty() || filtered.size() == 1 && filtered.containsKey(except)) {
			return matches;
		}
		FixedBitSet and = matches.clone();
		filtered.forEach((group, bits) -> {
			if (group != except) {
				and.and(bits);
			}
		});
		return and;
	}

	/**
	 * The segment's structures, or null while a large new segment's are being built: the
	 * search then counts it from its doc values.
	 */
	private @Nullable SegmentFacets structures(LeafReader reader) throws IOException {
		IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
		if (cache == null) {
			return SegmentFacets.build(reader, dictionaries);
		}
		Object key = cache.getKey();
		SegmentFacets facets = segments.get(key);
		if (facets != null) {
			return facets;
		}
		if (reader.maxDoc() <= syncBuildMaxDocs) {
			facets = SegmentFacets.build(reader, dictionaries);
			if (segments.putIfAbsent(key, facets) == null) {
				cache.addClosedListener(segments::remove);
			}
			return facets;
		}
		if (building.add(key)) {
			if (reader.tryIncRef()) {
				builder.execute(() -> buildInBackground(reader, cache, key));
			}
			else {
				building.remove(key);
			}
		}
		return null;
	}

	private void buildInBackground(LeafReader reader, IndexReader.CacheHelper cache, Object key) {
		try {
			long start = System.nanoTime();
			SegmentFacets facets = SegmentFacets.build(reader, dictionaries);
			segments.put(key, facets);
			cache.addClosedListener(segments::remove);
			log.debug("Facet structures of a segment of {} documents built in {} ms ({} bytes)", reader.maxDoc(),
					(System.nanoTime() - start) / 1_000_000, facets.ramBytesUsed());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not build the facet structures of a segment; it is counted from its doc values", ex);
		}
		finally {
			building.remove(key);
			try {
				reader.decRef();
			}
			catch (IOException ex) {
				log.warn("Could not release a segment", ex);
			}
		}
	}

	/** The memory the cached segment structures take. */
	public long ramBytesUsed() {
		return segments.values().stream().mapToLong(SegmentFacets::ramBytesUsed).sum();
	}

	private void count(LeafReader reader, @Nullable SegmentFacets facets, FixedBitSet docs, List<FacetGroup> groups,
			Tally tally) throws IOException {
		long matching = docs.cardinality();
		if (matching == 0) {
			return;
		}
		if (facets != null && matching > reader.maxDoc() / 2) {
			// The fewer documents are those it does not match, deleted ones included:
			// count them and take them from the segment's totals.
			FixedBitSet others = docs.clone();
			others.flip(0, reader.maxDoc());
			Tally rest = new Tally(tally.thresholds);
			count(reader, facets, others, groups, rest);
			tally.addAllBut(facets, groups, rest);
			return;
		}
		for (FacetGroup group : groups) {
			if (KEYWORD_GROUPS.contains(group)) {
				SegmentFacets.Terms terms = facets == null ? null : facets.terms.get(group);
				long[] counts = tally.terms(group, dictionaries.of(group).size());
				if (terms != null && matching * SCAN_RATIO >= (long) terms.docs().length * docs.getBits().length) {
					for (int ord = 0; ord < terms.docs().length; ord++) {
						counts[terms.index()[ord]] += FixedBitSet.intersectionCount(docs, terms.docs()[ord]);
					}
				}
				else {
					countTermsFromDocValues(reader, group, docs, tally, terms == null ? null : terms.index());
				}
			}
		}
		boolean company = groups.contains(FacetGroup.COMPANY);
		boolean salary = groups.contains(FacetGroup.SALARY);
		boolean age = groups.contains(FacetGroup.AGE);
		if (facets != null) {
			countColumns(facets, docs, company ? tally.companies(dictionaries.companies().size()) : null,
					salary ? tally.salaryThresholds : null, salary ? tally.salary : null,
					age ? tally.ageThresholds : null, age ? tally.age : null);
		}
		else {
			countColumnsFromDocValues(reader, docs, company, salary, age, tally);
		}
	}

	/**
	 * One pass over the matching documents for the company and the two range groups: the
	 * hot loop of a search that matches most of the index.
	 */
	private static void countColumns(SegmentFacets facets, FixedBitSet docs, int @Nullable [] companies,
			long @Nullable [] salaryThresholds, long @Nullable [] salaryCounts, long @Nullable [] ageThresholds,
			long @Nullable [] ageCounts) {
		if (companies == null && salaryCounts == null && ageCounts == null) {
			return;
		}
		// Each document's band, read from a column made once per segment and thresholds
		// (the age thresholds move with the minute), so the loop only adds.
		Bands salaryBands = salaryCounts == null ? null : new Bands(salaryThresholds);
		Bands ageBands = ageCounts == null ? null : new Bands(ageThresholds);
		byte[] salaryBand = salaryBands == null ? null
				: facets.bands(SegmentFacets.Column.SALARY, salaryBands.ascending);
		byte[] ageBand = ageBands == null ? null : facets.bands(SegmentFacets.Column.POSTED, ageBands.ascending);
		// The company's dense number is shifted by one so that "none" counts at 0.
		int[] company = facets.company;
		int[] companyCounts = companies == null ? null : new int[companies.length + 1];
		long[] words = docs.getBits();
		for (int w = 0; w < words.length; w++) {
			long word = words[w];
			while (word != 0) {
				int doc = (w << 6) + Long.numberOfTrailingZeros(word);
				word &= word - 1;
				if (companyCounts != null) {
					companyCounts[company[doc] + 1]++;
				}
				if (salaryBand != null) {
					salaryBands.histogram[salaryBand[doc]]++;
				}
				if (ageBand != null) {
					ageBands.histogram[ageBand[doc]]++;
				}
			}
		}
		if (companyCounts != null) {
			for (int index = 0; index < companies.length; index++) {
				companies[index] += companyCounts[index + 1];
			}
		}
		if (salaryBands != null) {
			salaryBands.addTo(salaryCounts);
		}
		if (ageBands != null) {
			ageBands.addTo(ageCounts);
		}
	}

	/**
	 * Counts the values at or above each of a few thresholds: each value adds one to the
	 * band it falls in, and a band's count goes to every threshold at or below it at the
	 * end, instead of a comparison and an addition per threshold and value.
	 */
	static final class Bands {

		final long[] ascending;

		private final int[] position;

		final long[] histogram;

		Bands(long[] thresholds) {
			Integer[] order = new Integer[thresholds.length];
			Arrays.setAll(order, i -> i);
			Arrays.sort(order, Comparator.comparingLong(i -> thresholds[i]));
			this.ascending = new long[thresholds.length];
			this.position = new int[thresholds.length];
			for (int i = 0; i < order.length; i++) {
				ascending[i] = thresholds[order[i]];
				position[i] = order[i];
			}
			this.histogram = new long[thresholds.length + 1];
		}

		void add(long value) {
			histogram[band(ascending, value)]++;
		}

		/** How many of the ascending thresholds the value reaches. */
		static int band(long[] ascending, long value) {
			int band = 0;
			while (band < ascending.length && value >= ascending[band]) {
				band++;
			}
			return band;
		}

		void addTo(long[] counts) {
			long atOrAbove = 0;
			for (int band = ascending.length; band >= 1; band--) {
				atOrAbove += histogram[band];
				counts[position[band - 1]] += atOrAbove;
			}
		}

	}

	/**
	 * Counts a keyword group from the matching documents' values; {@code known} maps the
	 * segment's ordinals to dense numbers when its structures are built.
	 */
	private void countTermsFromDocValues(LeafReader reader, FacetGroup group, FixedBitSet docs, Tally tally,
			int @Nullable [] known) throws IOException {
		SortedSetDocValues values = DocValues.getSortedSet(reader, field(group));
		FacetValueDictionary<String> dictionary = dictionaries.of(group);
		int[] index = known;
		if (index == null) {
			index = new int[(int) values.getValueCount()];
			for (int ord = 0; ord < index.length; ord++) {
				index[ord] = dictionary.indexOf(values.lookupOrd(ord).utf8ToString());
			}
		}
		long[] counts = tally.terms(group, dictionary.size());
		for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = next(docs, doc)) {
			if (values.advanceExact(doc)) {
				for (int i = 0; i < values.docValueCount(); i++) {
					counts[index[(int) values.nextOrd()]]++;
				}
			}
		}
	}

	private void countColumnsFromDocValues(LeafReader reader, FixedBitSet docs, boolean company, boolean salary,
			boolean age, Tally tally) throws IOException {
		SortedNumericDocValues companies = DocValues.getSortedNumeric(reader, JobFields.COMPANY_ID);
		SortedNumericDocValues salaries = DocValues.getSortedNumeric(reader, JobFields.ANNUAL_MAX);
		SortedNumericDocValues posted = DocValues.getSortedNumeric(reader, JobFields.POSTED_AT);
		Bands salaryBands = new Bands(tally.salaryThresholds);
		Bands ageBands = new Bands(tally.ageThresholds);
		for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = next(docs, doc)) {
			if (company && companies.advanceExact(doc)) {
				int index = dictionaries.companies().indexOf(companies.nextValue());
				tally.companies(index + 1)[index]++;
			}
			if (salary && salaries.advanceExact(doc)) {
				salaryBands.add(max(salaries));
			}
			if (age && posted.advanceExact(doc)) {
				ageBands.add(max(posted));
			}
		}
		salaryBands.addTo(tally.salary);
		ageBands.addTo(tally.age);
	}

	private static long max(SortedNumericDocValues values) throws IOException {
		long max = SegmentFacets.NO_VALUE;
		for (int i = 0; i < values.docValueCount(); i++) {
			max = Math.max(max, values.nextValue());
		}
		return max;
	}

	private static int next(FixedBitSet docs, int doc) {
		return doc + 1 >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(doc + 1);
	}

	private Thresholds thresholds(ResolvedQuery query, Instant now) {
		List<BigDecimal> salary = labels.salaryThresholds(query.currency());
		List<Instant> age = FacetLabels.ageThresholds(now);
		return new Thresholds(salary, salary.stream()
			// The index keeps the pay rounded to the field's scale, and so does a range
			// bound.
			.mapToLong(t -> t.setScale(SALARY_SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact())
			.toArray(), age, age.stream().mapToLong(Instant::toEpochMilli).toArray());
	}

	static String field(FacetGroup group) {
		return switch (group) {
			case SKILLS -> JobFields.SKILLS;
			case WORKPLACE -> JobFields.WORKPLACE;
			case COUNTRY -> JobFields.COUNTRY;
			case SENIORITY -> JobFields.SENIORITY;
			case EMPLOYMENT -> JobFields.EMPLOYMENT;
			default -> throw new IllegalArgumentException(group + " is not a keyword group");
		};
	}

	/** How many values of each keyword group are shown, as the engine's term counts. */
	private static int limit(FacetGroup group) {
		return switch (group) {
			case SKILLS -> FacetLabels.TOP_SKILLS;
			case COUNTRY -> FacetLabels.TOP_COUNTRIES;
			case COMPANY -> FacetLabels.TOP_COMPANIES;
			// The engine's default term count: every value of these small enums.
			default -> 100;
		};
	}

	private static Function<String, Object> key(FacetGroup group) {
		return switch (group) {
			case WORKPLACE -> WorkplaceType::valueOf;
			case SENIORITY -> Seniority::valueOf;
			case EMPLOYMENT -> EmploymentType::valueOf;
			default -> value -> value;
		};
	}

	/** The dense numbering of every keyword group's values, and of company ids. */
	static final class Dictionaries {

		private final Map<FacetGroup, FacetValueDictionary<String>> terms = new EnumMap<>(FacetGroup.class);

		private final FacetValueDictionary<Long> companies = new FacetValueDictionary<>();

		Dictionaries() {
			KEYWORD_GROUPS.forEach(group -> terms.put(group, new FacetValueDictionary<>()));
		}

		FacetValueDictionary<String> of(FacetGroup group) {
			return terms.get(group);
		}

		FacetValueDictionary<Long> companies() {
			return companies;
		}

	}

	private record Thresholds(List<BigDecimal> salaryKeys, long[] salary, List<Instant> ageKeys, long[] age) {
	}

	/** The counts of one search, summed over the segments. */
	private final class Tally {

		private final Thresholds thresholds;

		final long[] salaryThresholds;

		final long[] ageThresholds;

		final long[] salary;

		final long[] age;

		private final Map<FacetGroup, long[]> terms = new EnumMap<>(FacetGroup.class);

		private int[] companies = new int[0];

		long total;

		Tally(Thresholds thresholds) {
			this.thresholds = thresholds;
			this.salaryThresholds = thresholds.salary();
			this.ageThresholds = thresholds.age();
			this.salary = new long[salaryThresholds.length];
			this.age = new long[ageThresholds.length];
		}

		long[] terms(FacetGroup group, int size) {
			long[] counts = terms.get(group);
			if (counts == null || counts.length < size) {
				counts = counts == null ? new long[size] : Arrays.copyOf(counts, size);
				terms.put(group, counts);
			}
			return counts;
		}

		int[] companies(int size) {
			if (companies.length < size) {
				companies = Arrays.copyOf(companies, Math.max(size, companies.length * 2));
			}
			return companies;
		}

		/** Adds the segment's totals of the groups, less what the other tally counted. */
		void addAllBut(SegmentFacets facets, List<FacetGroup> groups, Tally others) {
			for (FacetGroup group : groups) {
				if (KEYWORD_GROUPS.contains(group)) {
					SegmentFacets.Terms values = facets.terms.get(group);
					long[] counts = terms(group, dictionaries.of(group).size());
					for (int ord = 0; ord < values.index().length; ord++) {
						counts[values.index()[ord]] += values.totals()[ord];
					}
					long[] less = others.terms.getOrDefault(group, new long[0]);
					for (int i = 0; i < less.length; i++) {
						counts[i] -= less[i];
					}
				}
			}
			if (groups.contains(FacetGroup.COMPANY)) {
				int[] counts = companies(Math.max(facets.companyTotals.length, others.companies.length));
				for (int i = 0; i < facets.companyTotals.length; i++) {
					counts[i] += facets.companyTotals[i];
				}
				for (int i = 0; i < others.companies.length; i++) {
					counts[i] -= others.companies[i];
				}
			}
			if (groups.contains(FacetGroup.SALARY)) {
				for (int i = 0; i < salary.length; i++) {
					salary[i] += facets.salaryAtOrAbove(salaryThresholds[i]) - others.salary[i];
				}
			}
			if (groups.contains(FacetGroup.AGE)) {
				for (int i = 0; i < age.length; i++) {
					age[i] += facets.postedAtOrAbove(ageThresholds[i]) - others.age[i];
				}
			}
		}

		FacetCounts result(ResolvedQuery query) {
			Map<FacetGroup, Map<?, Long>> groups = new EnumMap<>(FacetGroup.class);
			for (FacetGroup group : KEYWORD_GROUPS) {
				long[] counts = terms.getOrDefault(group, new long[0]);
				FacetValueDictionary<String> dictionary = dictionaries.of(group);
				Function<String, Object> key = key(group);
				groups.put(group, top(counts.length, i -> counts[i], dictionary, limit(group), key));
			}
			int[] companyCounts = companies;
			FacetValueDictionary<Long> ids = dictionaries.companies();
			groups.put(FacetGroup.COMPANY,
					top(companyCounts.length, i -> companyCounts[i], ids, limit(FacetGroup.COMPANY), id -> id));
			groups.put(FacetGroup.SALARY, byThreshold(thresholds.salaryKeys(), salary));
			groups.put(FacetGroup.AGE, byThreshold(thresholds.ageKeys(), age));
			return new FacetCounts(total, groups);
		}

	}

	private static <T> Map<T, Long> byThreshold(List<T> keys, long[] counts) {
		Map<T, Long> byThreshold = new LinkedHashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			byThreshold.put(keys.get(i), counts[i]);
		}
		return byThreshold;
	}

	/**
	 * The values with the highest counts, ties broken by the lower value, as the engine's
	 * terms aggregation orders them. Each candidate is one number (see
	 * {@link #candidate}), so that the best are the largest numbers.
	 */
	private static <V extends Comparable<? super V>> Map<Object, Long> top(int size, IntToLongFunction count,
			FacetValueDictionary<V> dictionary, int limit, Function<V, Object> key) {
		FacetValueDictionary.Order order = dictionary.order();
		int values = Math.min(size, order.rank().length);
		LongHeap best = new LongHeap(limit);
		for (int i = 0; i < values; i++) {
			long c = count.applyAsLong(i);
			if (c > 0) {
				best.insertWithOverflow(candidate(c, order.rank()[i]));
			}
		}
		long[] worstFirst = new long[best.size()];
		for (int i = 0; i < worstFirst.length; i++) {
			worstFirst[i] = best.pop();
		}
		Map<Object, Long> top = new LinkedHashMap<>();
		for (int i = worstFirst.length - 1; i >= 0; i--) {
			top.put(key.apply(dictionary.keyAt(order.index()[place(worstFirst[i])])), worstFirst[i] >>> 32);
		}
		return top;
	}

	/**
	 * A value's count in the high half, its place in the natural order reversed in the
	 * low half: more jobs first, then the lower value.
	 */
	private static long candidate(long count, int place) {
		return count << 32 | (0xFFFFFFFFL - place);
	}

	/** The place in the natural order of a candidate's value. */
	private static int place(long candidate) {
		return (int) (0xFFFFFFFFL - (candidate & 0xFFFFFFFFL));
	}

}
