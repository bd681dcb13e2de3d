package dev.backboard.bench;

import java.util.List;

/**
 * Searches that look like real use, sent in rotation with facets on: frequent and rare
 * terms, OR, phrases, exclusions, stack filters, remote and country filters, radius, pay
 * and sorts. Every query is valid for both the engine and the baseline.
 */
final class QueryMix {

	static final List<String> QUERIES = List.of("q=backend", "q=golang", "q=java+spring", "q=python",
			"q=kubernetes&sort=NEWEST", "q=payments", "q=platform+engineer", "q=distributed+systems", "q=rust+OR+go",
			"q=kotlin+OR+scala", "q=%22event+driven%22", "q=%22site+reliability%22", "q=python+-django",
			"q=node+typescript", "q=elixir", "q=clickhouse", "q=staff+engineer&sort=SALARY", "q=data+engineer+airflow",
			"skills=go&skills=postgresql", "skills=kafka", "skills=java&skills=spring-boot",
			"skills=typescript&seniority=SENIOR", "skills=rust&workplace=REMOTE", "workplace=REMOTE",
			"workplace=REMOTE&remoteFrom=DE", "remoteFrom=BR&skills=java", "remoteFrom=US&q=backend", "country=DE",
			"country=US&seniority=STAFF", "country=GB&country=IE&q=engineer", "near=Berlin&radius=50",
			"near=London&radius=100&q=python", "near=San+Francisco&radius=80&sort=SALARY", "near=Amsterdam&radius=60",
			"salaryMin=120000&currency=USD", "salaryMin=70000&currency=EUR&country=DE",
			"salaryMin=150000&workplace=REMOTE", "visa=true&sort=NEWEST", "postedWithin=7&workplace=REMOTE",
			"postedWithin=3", "employment=CONTRACTOR&q=engineer", "seniority=JUNIOR", "company=&sort=NEWEST",
			"q=api&page=3", "sort=NEWEST", "q=postgresql&workplace=HYBRID");

	private QueryMix() {
	}

	static String query(long i) {
		return QUERIES.get((int) (i % QUERIES.size()));
	}

}
