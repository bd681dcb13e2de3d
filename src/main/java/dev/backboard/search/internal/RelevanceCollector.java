package dev.backboard.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best documents by relevance: the text's score plus the {@link RankingBoosts}, ties
 * broken by the newest, then by index order, as the engine sorts them.
 * <p>
 * The boosts are not clauses of the query but added here, so that the text is the query's
 * only scoring clause and Lucene can skip what cannot make the page: once the page is
 * full, a document whose text scores below the page's lowest score minus the largest
 * boost cannot enter it, and the scorer is told so.
 */
final class RelevanceCollector implements CollectorManager<RelevanceCollector.Leafs, List<RelevanceCollector.Hit>> {

	/** Best first. */
	static final Comparator<Hit> ORDER = Comparator.comparingDouble(Hit::score)
		.reversed()
		.thenComparing(Comparator.comparingLong(Hit::postedAt).reversed())
		.thenComparingInt(Hit::doc);

	private final int size;

	private final RankingBoosts boosts;

	private final Featured featured;

	/** The featured documents of a segment. */
	interface Featured {

		FixedBitSet of(LeafReaderContext leaf) throws IOException;

	}

	RelevanceCollector(int size, RankingBoosts boosts, Featured featured) {
		this.size = size;
		this.boosts = boosts;
		this.featured = featured;
	}

	record Hit(float score, long postedAt, int doc) {
	}

	@Override
	public Leafs newCollector() {
		return new Leafs();
	}

	@Override
	public List<Hit> reduce(Collection<Leafs> collectors) {
		List<Hit> hits = new ArrayList<>();
		collectors.forEach(collector -> hits.addAll(collector.queue));
		hits.sort(ORDER);
		return hits.size() > size ? List.copyOf(hits.subList(0, size)) : hits;
	}

	/** One collector over the segments of a slice. */
	final class Leafs implements Collector {

		/** Worst at the head. */
		private final PriorityQueue<Hit> queue = new PriorityQueue<>(ORDER.reversed());

		private float minCompetitive;

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.TOP_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
			FixedBitSet featuredDocs = featured.of(leaf);
			SortedNumericDocValues posted = DocValues.getSortedNumeric(leaf.reader(), JobFields.POSTED_AT);
			return new LeafCollector() {

				private Scorable scorer;

				@Override
				public void setScorer(Scorable scorer) throws IOException {
					this.scorer = scorer;
					if (minCompetitive > 0) {
						scorer.setMinCompetitiveScore(minCompetitive);
					}
				}

				@Override
				public void collect(int doc) throws IOException {
					float text = scorer.score();
					// Scores first: below the page's last hit even with the largest
					// boost, a document cannot enter the page. Most documents of a
					// large match set are such.
					if (queue.size() == size && text + RankingBoosts.MAX < queue.peek().score()) {
						return;
					}
					long postedAt = posted.advanceExact(doc) ? posted.nextValue() : Long.MIN_VALUE;
					float score = text + boosts.of(featuredDocs.get(doc), postedAt);
					Hit hit = new Hit(score, postedAt, leaf.docBase + doc);
					if (queue.size() < size) {
						queue.add(hit);
					}
					else if (ORDER.compare(hit, queue.peek()) < 0) {
						queue.poll();
						queue.add(hit);
					}
					else {
						return;
					}
					if (queue.size() == size) {
						raiseMinimum();
					}
				}

				private void raiseMinimum() throws IOException {
					// Below this, even the largest boost leaves a text behind the page's
					// last hit; two steps down keep clear of the rounding of the sums.
					float minimum = Math.nextDown(Math.nextDown((float) (queue.peek().score() - RankingBoosts.MAX)));
					if (minimum > minCompetitive) {
						minCompetitive = minimum;
						scorer.setMinCompetitiveScore(minimum);
					}
				}

			};
		}

	}

}
