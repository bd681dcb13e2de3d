package dev.backboard.search;

import java.util.List;

/**
 * One page of results with the facets of the whole result set.
 *
 * @param query the query answered
 * @param total how many jobs match
 * @param hits this page's jobs
 * @param facets counts per facet value
 * @param interpretation how the text was understood ("golang" read as the skill Go)
 */
public record JobSearchResult(JobQuery query, long total, List<JobHit> hits, List<Facet> facets,
		List<String> interpretation) {

	public JobSearchResult {
		hits = List.copyOf(hits);
		facets = List.copyOf(facets);
		interpretation = List.copyOf(interpretation);
	}

	public int page() {
		return query.pageOrDefault();
	}

	public int size() {
		return query.sizeOrDefault();
	}

	public int pageCount() {
		return (int) Math.min(Integer.MAX_VALUE, (total + size() - 1) / size());
	}

	public boolean hasNext() {
		return page() < pageCount();
	}

	public boolean hasPrevious() {
		return page() > 1;
	}

}
