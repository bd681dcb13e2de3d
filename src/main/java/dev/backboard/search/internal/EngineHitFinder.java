package dev.backboard.search.internal;

import java.time.Instant;
import java.util.List;

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

	private final Taxonomy taxonomy;

	public EngineHitFinder(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@Override
	public List<JobHit> page(SearchSession session, ResolvedQuery query, Instant now, int offset, int size) {
		SearchScope<Job> scope = session.scope(Job.class);
		return session.search(scope)
			.select(HitProjection.of(scope.projection(), taxonomy))
			.where(JobPredicates.of(scope.predicate(), query, null, now))
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
