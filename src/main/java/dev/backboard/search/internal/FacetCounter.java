package dev.backboard.search.internal;

import java.time.Instant;

import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Counts the matching jobs and the values of every facet group for a query. One
 * implementation per search backend; both give the same answer for the same index: a
 * multi-select group is counted with every filter of the query but its own, skills are
 * counted under every filter (choosing a skill narrows the others), salary bands and
 * posting ages count the jobs at or above each threshold.
 */
public interface FacetCounter {

	FacetCounts count(SearchSession session, ResolvedQuery query, Instant now);

}
