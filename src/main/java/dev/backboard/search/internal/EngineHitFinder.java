package dev.backboard.search.internal;

import java.time.Instant;
import java.util.List;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import dev.backboard.jobs.Job;
import dev.backboard.search.JobHit;
import dev.backboard.skills.Taxonomy;

/**
 * Hits ranked, collected and highlighted by the engine in one request: a remote engine
 * does all of it next to the data.
 */
public class EngineHitFinder implements HitFinder {

	private static final float MARKS_ONLY = 1e-20f;

	private final Taxonomy taxonomy;

	public EngineHitFinder(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@Override
	public List<JobHit> page(SearchSession session, ResolvedQuery query, Instant now, int offset, int size) {
		SearchScope<Job> scope = session.scope(Job.class);
		SearchPredicateFactory f = scope.predicate();
		BooleanPredicateClausesStep<?, ?> where = f.bool().must(JobPredicates.of(f, query, null, now));
		// Only for the highlighter: a boost too small to change any score (far below
		// a float's rounding of the clauses it is added to) leaves the ranking to the
		// query. A zero boost would have the engine leave the clause out of highlighting.
		JobPredicates.marks(f, query).forEach(mark -> where.should(f.bool().must(mark).boost(MARKS_ONLY)));
		return session.search(scope)
			.select(HitProjection.of(scope.projection(), taxonomy))
			.where(where.toPredicate())
			.sort(sort(scope.sort(), query.query().sortOrDefault()))
			.highlighter(HitProjection::highlighter)
			// The facet counter gives the exact total, so the hits need only be collected
			// until the page is full: the engine may skip documents that cannot make it.
			.totalHitCountThreshold(offset + size)
			.fetchHits(offset, size);
	}

	private static SearchSort sort(SearchSortFactory sorts, dev.backboard.search.SearchSort sort) {
		return switch (sort) {
			case NEWEST -> sorts.field(JobFields.POSTED_AT).desc().then().score().toSort();
			case SALARY -> sorts.field(JobFields.ANNUAL_MAX)
				.desc()
				.missing()
				.last()
				.then()
				.field(JobFields.POSTED_AT)
				.desc()
				.toSort();
			case RELEVANCE -> sorts.score().then().field(JobFields.POSTED_AT).desc().toSort();
		};
	}

}
