package dev.backboard.search.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * Facet counts from the search engine's own terms and range aggregations: one request for
 * the groups the query does not filter on, and one more for each multi-select group it
 * does, without that group's filter.
 */
public class EngineAggregationFacetCounter implements FacetCounter {

	private final FacetLabels labels;

	public EngineAggregationFacetCounter(FacetLabels labels) {
		this.labels = labels;
	}

	@Override
	public FacetCounts count(SearchSession session, ResolvedQuery query, Instant now) {
		SearchScope<Job> scope = session.scope(Job.class);
		Map<FacetGroup, AggregationKey<Map<?, Long>>> keys = new EnumMap<>(FacetGroup.class);
		SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> search = countQuery(session, scope, query, null, now);
		for (FacetGroup group : FacetGroup.values()) {
			if (!group.selectedIn(query)) {
				AggregationKey<Map<?, Long>> key = AggregationKey.of(group.name());
				keys.put(group, key);
				search = search.aggregation(key, aggregation(scope.aggregation(), group, query, now));
			}
		}
		SearchResult<Long> result = search.fetch(0);
		Map<FacetGroup, Map<?, Long>> groups = new EnumMap<>(FacetGroup.class);
		for (FacetGroup group : FacetGroup.values()) {
			Map<?, Long> counts = keys.containsKey(group) ? result.aggregation(keys.get(group))
					: countsWithout(session, scope, group, query, now);
			groups.put(group, byThreshold(counts));
		}
		return new FacetCounts(result.total().hitCount(), groups);
	}

	private Map<?, Long> countsWithout(SearchSession session, SearchScope<Job> scope, FacetGroup group,
			ResolvedQuery query, Instant now) {
		AggregationKey<Map<?, Long>> key = AggregationKey.of(group.name());
		return countQuery(session, scope, query, group, now)
			.aggregation(key, aggregation(scope.aggregation(), group, query, now))
			.fetch(0)
			.aggregation(key);
	}

	private static SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> countQuery(SearchSession session, SearchScope<Job> scope,
			ResolvedQuery query, @Nullable FacetGroup except, Instant now) {
		return session.search(scope)
			.select(scope.projection().id(Long.class).toProjection())
			.where(JobPredicates.of(scope.predicate(), query, except, now));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private SearchAggregation<Map<?, Long>> aggregation(SearchAggregationFactory f, FacetGroup group, ResolvedQuery q,
			Instant now) {
		SearchAggregation aggregation = switch (group) {
			case SKILLS ->
				f.terms().field(JobFields.SKILLS, String.class).maxTermCount(FacetLabels.TOP_SKILLS).toAggregation();
			case WORKPLACE -> f.terms().field(JobFields.WORKPLACE, WorkplaceType.class).toAggregation();
			case COUNTRY -> f.terms()
				.field(JobFields.COUNTRY, String.class)
				.maxTermCount(FacetLabels.TOP_COUNTRIES)
				.toAggregation();
			case SENIORITY -> f.terms().field(JobFields.SENIORITY, Seniority.class).toAggregation();
			case EMPLOYMENT -> f.terms().field(JobFields.EMPLOYMENT, EmploymentType.class).toAggregation();
			case COMPANY -> f.terms()
				.field(JobFields.COMPANY_ID, Long.class)
				.maxTermCount(FacetLabels.TOP_COMPANIES)
				.toAggregation();
			case SALARY -> f.range()
				.field(JobFields.ANNUAL_MAX, BigDecimal.class)
				.ranges(labels.salaryThresholds(q.currency()).stream().map(Range::atLeast).toList())
				.toAggregation();
			case AGE -> f.range()
				.field(JobFields.POSTED_AT, Instant.class)
				.ranges(FacetLabels.ageThresholds(now).stream().map(Range::atLeast).toList())
				.toAggregation();
		};
		return aggregation;
	}

	/**
	 * Range aggregations answer by range; the counts are keyed by each range's threshold.
	 */
	private static Map<?, Long> byThreshold(Map<?, Long> counts) {
		if (counts.isEmpty() || !(counts.keySet().iterator().next() instanceof Range<?>)) {
			return counts;
		}
		Map<Object, Long> byThreshold = new LinkedHashMap<>();
		counts.forEach((range, count) -> byThreshold.put(((Range<?>) range).lowerBoundValue().orElseThrow(), count));
		return byThreshold;
	}

}
