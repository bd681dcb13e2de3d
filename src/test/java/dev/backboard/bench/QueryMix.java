package dev.backboard.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Searches that look like real use, sent in rotation with facets on: frequent and rare
 * terms, OR, phrases, exclusions, stack filters, remote and country filters, radius, pay
 * and sorts, then a few hundred generated combinations of words and filters, as a
 * population of users would send, so that no cache can be tuned to the mix. Every query
 * is valid for both the engine and the baseline.
 */
final class QueryMix {

	private static final List<String> WRITTEN = List.of("q=backend", "q=golang", "q=java+spring", "q=python",
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

	/** How many generated queries follow the hand-written ones. */
	static final int GENERATED = 240;

	private static final List<String> WORDS = List.of("backend", "engineer", "developer", "senior", "java", "python",
			"golang", "rust", "kotlin", "scala", "typescript", "node", "platform", "payments", "data", "api",
			"distributed", "infrastructure", "cloud", "security", "fintech", "health", "microservices", "database",
			"streaming", "search", "reliability", "devops", "lead", "staff");

	private static final List<String> SKILLS = List.of("go", "postgresql", "kafka", "java", "spring-boot", "typescript",
			"rust", "python", "kubernetes", "django", "terraform", "aws", "nodejs", "mongodb");

	private static final List<String> COUNTRIES = List.of("US", "DE", "GB", "FR", "NL", "IE", "ES", "PL", "CA", "IN",
			"BR", "SE");

	/** Declared after the lists it is made of, which must be set first. */
	static final List<String> QUERIES = mix();

	private QueryMix() {
	}

	private static List<String> mix() {
		Set<String> queries = new LinkedHashSet<>(WRITTEN);
		Random random = new Random(2026);
		while (queries.size() < WRITTEN.size() + GENERATED) {
			queries.add(generated(random));
		}
		return List.copyOf(queries);
	}

	/** One to three words, and each filter with the odds a searcher might use it. */
	private static String generated(Random random) {
		List<String> params = new ArrayList<>();
		if (random.nextInt(4) > 0) {
			int words = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 2);
			List<String> q = new ArrayList<>();
			for (int i = 0; i < words; i++) {
				q.add(pick(random, WORDS));
			}
			params.add("q=" + String.join("+", q));
		}
		if (random.nextInt(4) == 0) {
			params.add("skills=" + pick(random, SKILLS));
		}
		if (random.nextInt(3) == 0) {
			params.add("workplace=" + pick(random, List.of("REMOTE", "HYBRID", "ONSITE")));
		}
		if (random.nextInt(4) == 0) {
			params.add("country=" + pick(random, COUNTRIES));
		}
		if (random.nextInt(5) == 0) {
			params.add("seniority=" + pick(random, List.of("JUNIOR", "MID", "SENIOR", "STAFF", "LEAD")));
		}
		if (random.nextInt(6) == 0) {
			params.add("salaryMin=" + pick(random, List.of("60000", "80000", "100000", "150000")) + "&currency=USD");
		}
		if (random.nextInt(6) == 0) {
			params.add("postedWithin=" + pick(random, List.of("3", "7", "14")));
		}
		if (random.nextInt(4) == 0) {
			params.add("sort=" + pick(random, List.of("NEWEST", "SALARY")));
		}
		return params.isEmpty() ? "sort=NEWEST&page=2" : String.join("&", params);
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static String query(long i) {
		return QUERIES.get((int) (i % QUERIES.size()));
	}

}
