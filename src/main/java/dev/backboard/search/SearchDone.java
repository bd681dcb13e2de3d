package dev.backboard.search;

/**
 * Someone ran a search (its first page) on the search page or the API. Published on the
 * request's thread, so listeners may read the request.
 *
 * @param query the words searched for, trimmed, or empty
 * @param filters the other parameters, as a query string without the words, page, size
 * and sort
 * @param results how many jobs matched
 */
public record SearchDone(String query, String filters, long results) {

	/** The search a query stands for, on its first page only. */
	public static SearchDone of(JobQuery query, long results) {
		String filters = query.with("q", null).with("page", null).with("size", null).with("sort", null).toQueryString();
		return new SearchDone(query.q() == null ? "" : query.q().strip(), filters, results);
	}

	/** Whether a query asks for the first page, the only one that counts as a search. */
	public static boolean firstPage(JobQuery query) {
		return query.page() == null || query.page() <= 1;
	}

}
