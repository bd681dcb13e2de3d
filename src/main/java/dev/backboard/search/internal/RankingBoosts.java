package dev.backboard.search.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What lifts a job in the relevance order beyond its words: being featured, and being
 * fresh. Each is a constant added to the text's score, on both backends: the engine adds
 * them as optional clauses, the embedded index's collector adds them itself (see
 * {@link RelevanceCollector}).
 * <p>
 * Freshness counts from the start of the hour: precise enough for a ranking nudge, and
 * the same bounds for an hour let the engine cache them.
 */
record RankingBoosts(Instant recentSince, Instant freshSince) {

	static final float FEATURED = 1.5f;

	static final float RECENT = 0.75f;

	static final float FRESH = 0.5f;

	/** The most that the boosts add to a job's score. */
	static final float MAX = FEATURED + RECENT + FRESH;

	static RankingBoosts at(Instant now) {
		Instant hour = now.truncatedTo(ChronoUnit.HOURS);
		return new RankingBoosts(hour.minus(3, ChronoUnit.DAYS), hour.minus(14, ChronoUnit.DAYS));
	}

	List<SearchPredicate> predicates(SearchPredicateFactory f) {
		return List.of(featured(f).boost(FEATURED).toPredicate(),
				f.range().field(JobFields.POSTED_AT).atLeast(recentSince).boost(RECENT).toPredicate(),
				f.range().field(JobFields.POSTED_AT).atLeast(freshSince).boost(FRESH).toPredicate());
	}

	static MatchPredicateOptionsStep<?> featured(SearchPredicateFactory f) {
		return f.match().field(JobFields.FEATURED).matching(true);
	}

	/** The boosts of one job, added in the same order as the engine adds its clauses. */
	float of(boolean featured, long postedAtMillis) {
		float boost = 0;
		if (featured) {
			boost += FEATURED;
		}
		if (postedAtMillis >= recentSince.toEpochMilli()) {
			boost += RECENT;
		}
		if (postedAtMillis >= freshSince.toEpochMilli()) {
			boost += FRESH;
		}
		return boost;
	}

}
