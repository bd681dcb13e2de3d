package dev.backboard.search.internal;

import java.time.Instant;
import java.util.List;

import org.hibernate.search.mapper.orm.session.SearchSession;

import dev.backboard.search.JobHit;

/**
 * Finds one page of a search's hits, in the order the query asks for, as result cards
 * with the description's matches marked. One implementation per search backend; both rank
 * the same index the same way. The total comes from the {@link FacetCounter}, so a finder
 * may stop collecting once the page cannot change.
 */
public interface HitFinder {

	List<JobHit> page(SearchSession session, ResolvedQuery query, Instant now, int offset, int size);

}
