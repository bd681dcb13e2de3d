package dev.backboard.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.ResolvedQuery;
import dev.backboard.search.internal.ResolvedQuery.Circle;

/**
 * A saved search's filters, checked against a job's own fields without the index: a cheap
 * test that lets through every job the search could return (and some it does not), so
 * that only those few are looked up in the index. Words of the text are not tested here:
 * the index decides them.
 * <p>
 * The {@link #anchors() anchors} are keys of which a matching job has at least one (see
 * {@link #keys(JobFacts)}), for an inverted index from keys to saved searches.
 */
public final class MatchFilter {

	/** The key every job has, for a search with no filter to anchor it on. */
	public static final String ANY = "*";

	/** The index rounds annual pay to whole units; the test allows for it. */
	private static final BigDecimal ROUNDING = BigDecimal.ONE;

	/** The index's distance differs from the haversine formula by far less than this. */
	private static final double DISTANCE_SLACK = 1.01;

	private final ResolvedQuery query;

	private final Set<String> countries;

	private final Set<String> companies;

	MatchFilter(ResolvedQuery query) {
		this.query = query;
		this.countries = query.countries().stream().map(JobFacts::upper).collect(Collectors.toUnmodifiableSet());
		this.companies = Set.copyOf(query.companies());
	}

	/** The keys of which every job the search matches has at least one. */
	public List<String> anchors() {
		if (!query.skills().isEmpty()) {
			// Every skill is required: one of them is enough to anchor on.
			return List.of("skill:" + query.skills().iterator().next());
		}
		if (!companies.isEmpty()) {
			return companies.stream().map(c -> "company:" + c).toList();
		}
		if (!countries.isEmpty()) {
			return countries.stream().map(c -> "country:" + c).toList();
		}
		if (query.remoteFrom() != null) {
			return List.of("workplace:" + WorkplaceType.REMOTE);
		}
		if (!query.workplace().isEmpty()) {
			return query.workplace().stream().map(w -> "workplace:" + w).toList();
		}
		if (!query.seniority().isEmpty()) {
			return query.seniority().stream().map(s -> "seniority:" + s).toList();
		}
		if (!query.employment().isEmpty()) {
			return query.employment().stream().map(e -> "employment:" + e).toList();
		}
		return List.of(ANY);
	}

	/** A job's keys, to look up the saved searches anchored on any of them. */
	public static List<String> keys(JobFacts job) {
		List<String> keys = new ArrayList<>();
		keys.add(ANY);
		job.skills().forEach(s -> keys.add("skill:" + s));
		keys.add("company:" + job.companySlug());
		job.countries().forEach(c -> keys.add("country:" + c));
		keys.add("workplace:" + job.workplace());
		keys.add("seniority:" + job.seniority());
		keys.add("employment:" + job.employment());
		return keys;
	}

	/**
	 * Whether the search's filters may let the job through; false only when the index
	 * would certainly not.
	 */
	public boolean mayMatch(JobFacts job) {
		return job.skills().containsAll(query.skills())
				&& (query.workplace().isEmpty() || query.workplace().contains(job.workplace()))
				&& (countries.isEmpty() || job.countries().stream().anyMatch(countries::contains))
				&& (query.seniority().isEmpty() || query.seniority().contains(job.seniority()))
				&& (query.employment().isEmpty() || query.employment().contains(job.employment()))
				&& (companies.isEmpty() || companies.contains(job.companySlug())) && pays(job) && near(job)
				&& remote(job) && (!query.visa() || job.visa());
	}

	private boolean pays(JobFacts job) {
		BigDecimal least = query.salaryMinReference();
		return least == null || (job.annualMax() != null && job.annualMax().add(ROUNDING).compareTo(least) >= 0);
	}

	private boolean near(JobFacts job) {
		Circle circle = query.near();
		if (circle == null) {
			return true;
		}
		for (JobLocation location : job.locations()) {
			if (location.latitude() != null && location.longitude() != null
					&& kilometres(circle.latitude(), circle.longitude(), location.latitude(),
							location.longitude()) <= circle.radiusKm() * DISTANCE_SLACK + 1) {
				return true;
			}
		}
		return false;
	}

	private boolean remote(JobFacts job) {
		String from = query.remoteFrom();
		return from == null || (job.workplace() == WorkplaceType.REMOTE
				&& (job.remoteCountries().isEmpty() || job.remoteCountries().contains(JobFacts.upper(from))));
	}

	private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

}
