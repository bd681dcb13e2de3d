package dev.backboard.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import dev.backboard.geo.Gazetteer;
import dev.backboard.geo.Place;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.search.JobQuery;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same search answered by PostgreSQL full-text search on the same rows:
 * websearch_to_tsquery (phrases, -exclusions, OR) over the GIN-indexed tsvector,
 * ts_rank_cd for relevance, filters as SQL, facet counts by GROUP BY over the matching
 * set computed once per request, and radius by great-circle distance behind a bounding
 * box. Served through the same web stack as the engine.
 */
@RestController
@Profile("bench")
class BaselineSearchController {

	private static final double EARTH_KM = 6371.0;

	private final JdbcClient jdbc;

	private final Taxonomy taxonomy;

	private final Gazetteer gazetteer;

	private final SalaryNormalizer salaries;

	private final Clock clock;

	BaselineSearchController(JdbcClient jdbc, Taxonomy taxonomy, Gazetteer gazetteer, SalaryNormalizer salaries,
			Clock clock) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.gazetteer = gazetteer;
		this.salaries = salaries;
		this.clock = clock;
	}

	@GetMapping("/bench/baseline/jobs")
	@Transactional(readOnly = true, timeout = 10)
	Map<String, Object> search(@Valid @ModelAttribute JobQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		String rank = query.q() == null ? "0" : "ts_rank_cd(j.bench_tsv, websearch_to_tsquery('english', :q))";
		String order = switch (query.sortOrDefault()) {
			case NEWEST -> "j.posted_at desc";
			case SALARY -> "j.salary_annual_max desc nulls last, j.posted_at desc";
			case RELEVANCE ->
				query.q() == null ? "j.featured desc, j.posted_at desc" : rank + " desc, j.posted_at desc";
		};
		params.put("limit", query.sizeOrDefault());
		params.put("offset", (query.pageOrDefault() - 1) * query.sizeOrDefault());
		List<Map<String, Object>> hits = jdbc.sql("""
				select j.id, j.slug, j.title, c.name as company, c.slug as company_slug, j.workplace_type,
				       j.seniority, j.employment_type, j.salary_min, j.salary_max, j.salary_currency,
				       j.salary_period, j.posted_at, j.featured, j.visa_sponsorship,
				       ts_headline('english', left(j.description_md, 600),
				                   coalesce(websearch_to_tsquery('english', cast(:q as text)), to_tsquery('')),
				                   'MaxFragments=1,MaxWords=30,MinWords=10') as snippet
				from job j join company c on c.id = j.company_id
				where %s order by %s limit :limit offset :offset
				""".formatted(where, order)).params(withQ(params, query)).query().listOfRows();
		List<Long> ids = hits.stream().map(hit -> ((Number) hit.get("id")).longValue()).toList();
		attach(hits, ids);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("total", facets(where, params, response));
		response.put("results", hits);
		return response;
	}

	private Map<String, Object> withQ(Map<String, Object> params, JobQuery query) {
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.putIfAbsent("q", query.q());
		return all;
	}

	private long facets(String where, Map<String, Object> params, Map<String, Object> response) {
		List<Map<String, Object>> rows = jdbc.sql("""
				with matched as materialized (select j.id, j.workplace_type, j.seniority, j.employment_type,
				                                     j.company_id, j.salary_annual_max, j.posted_at
				                              from job j where %s)
				select 'total' as facet, '' as value, count(*) as count from matched
				union all select 'workplace', workplace_type, count(*) from matched group by workplace_type
				union all select 'seniority', seniority, count(*) from matched group by seniority
				union all select 'employment', employment_type, count(*) from matched group by employment_type
				union all (select 'country', l.country_code, count(distinct l.job_id) from matched m
				           join job_location l on l.job_id = m.id group by l.country_code order by 3 desc limit 30)
				union all (select 'skills', s.skill, count(*) from matched m join job_skill s on s.job_id = m.id
				           group by s.skill order by 3 desc limit 30)
				union all (select 'company', c.slug, count(*) from matched m join company c on c.id = m.company_id
				           group by c.slug order by 3 desc limit 20)
				union all select 'salaryMin', b.band::text, count(*) from matched m
				          join (values (40000), (60000), (80000), (100000), (120000), (150000), (200000)) b(band)
				          on m.salary_annual_max >= b.band group by b.band
				union all select 'postedWithin', d.days::text, count(*) from matched m
				          join (values (1), (3), (7), (14), (30)) d(days)
				          on m.posted_at >= now() - make_interval(days => d.days) group by d.days
				""".formatted(where)).params(params).query().listOfRows();
		Map<String, List<Map<String, Object>>> facets = new LinkedHashMap<>();
		long total = 0;
		for (Map<String, Object> row : rows) {
			String facet = (String) row.get("facet");
			long count = ((Number) row.get("count")).longValue();
			if (facet.equals("total")) {
				total = count;
			}
			else {
				facets.computeIfAbsent(facet, key -> new ArrayList<>())
					.add(Map.of("value", row.get("value"), "count", count));
			}
		}
		response.put("facets", facets);
		return total;
	}

	private void attach(List<Map<String, Object>> hits, List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Map<Long, List<String>> skills = new LinkedHashMap<>();
		jdbc.sql("select job_id, skill from job_skill where job_id = any(:ids) order by required desc")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> skills.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		Map<Long, List<String>> places = new LinkedHashMap<>();
		jdbc.sql(
				"select job_id, city || ', ' || country_code from job_location where job_id = any(:ids) order by position")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> places.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		for (Map<String, Object> hit : hits) {
			long id = ((Number) hit.get("id")).longValue();
			hit.put("skills", skills.getOrDefault(id, List.of()));
			hit.put("places", places.getOrDefault(id, List.of()));
		}
	}

	private String where(JobQuery query, Map<String, Object> params) {
		List<String> where = new ArrayList<>(List.of("j.status = 'PUBLISHED'"));
		if (query.q() != null) {
			params.put("q", query.q());
			where.add("j.bench_tsv @@ websearch_to_tsquery('english', :q)");
		}
		int i = 0;
		for (String name : query.skills()) {
			String slug = taxonomy.resolve(name).map(Skill::slug).orElse(name);
			params.put("skill" + i, slug);
			where.add("exists (select 1 from job_skill s where s.job_id = j.id and s.skill = :skill" + i + ")");
			i++;
		}
		if (!query.workplace().isEmpty()) {
			params.put("workplace", query.workplace().stream().map(Enum::name).toArray(String[]::new));
			where.add("j.workplace_type = any(:workplace)");
		}
		if (!query.country().isEmpty()) {
			params.put("country", query.country().toArray(String[]::new));
			where.add("exists (select 1 from job_location l where l.job_id = j.id and l.country_code = any(:country))");
		}
		if (query.near() != null) {
			Place place = gazetteer.find(query.near()).orElseThrow();
			double radius = query.radius() == null ? 50 : query.radius();
			double latDelta = Math.toDegrees(radius / EARTH_KM);
			double lonDelta = latDelta / Math.max(0.01, Math.cos(Math.toRadians(place.latitude())));
			params.putAll(Map.of("lat", place.latitude(), "lon", place.longitude(), "radius", radius, "latMin",
					place.latitude() - latDelta, "latMax", place.latitude() + latDelta, "lonMin",
					place.longitude() - lonDelta, "lonMax", place.longitude() + lonDelta));
			where.add("""
					exists (select 1 from job_location l where l.job_id = j.id
					        and l.latitude between :latMin and :latMax and l.longitude between :lonMin and :lonMax
					        and 6371 * acos(least(1, cos(radians(:lat)) * cos(radians(l.latitude))
					            * cos(radians(l.longitude) - radians(:lon))
					            + sin(radians(:lat)) * sin(radians(l.latitude)))) <= :radius)""");
		}
		if (query.remoteFrom() != null) {
			params.put("remoteFrom", query.remoteFrom());
			where.add("j.workplace_type = 'REMOTE' and (cardinality(j.remote_countries) = 0 "
					+ "or :remoteFrom = any(j.remote_countries))");
		}
		if (query.salaryMin() != null) {
			String currency = query.currency() == null ? salaries.referenceCurrency() : query.currency();
			BigDecimal reference = salaries.toReference(query.salaryMin(), currency).orElseThrow();
			params.put("salaryMin", reference);
			where.add("j.salary_annual_max >= :salaryMin");
		}
		if (!query.seniority().isEmpty()) {
			params.put("seniority", query.seniority().stream().map(Enum::name).toArray(String[]::new));
			where.add("j.seniority = any(:seniority)");
		}
		if (!query.employment().isEmpty()) {
			params.put("employment", query.employment().stream().map(Enum::name).toArray(String[]::new));
			where.add("j.employment_type = any(:employment)");
		}
		if (Boolean.TRUE.equals(query.visa())) {
			where.add("j.visa_sponsorship");
		}
		if (query.postedWithin() != null) {
			params.put("since", Timestamp.from(clock.instant().minus(Duration.ofDays(query.postedWithin()))));
			where.add("j.posted_at >= :since");
		}
		if (!query.company().isEmpty()) {
			params.put("company", query.company().toArray(String[]::new));
			where.add("j.company_id in (select id from company where slug = any(:company))");
		}
		return String.join(" and ", where);
	}

}
