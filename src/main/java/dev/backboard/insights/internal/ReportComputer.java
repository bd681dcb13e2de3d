package dev.backboard.insights.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import dev.backboard.insights.InsightFilter;
import dev.backboard.insights.InsightsProperties;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.Seniority;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes reports from one streaming read of the period's jobs ({@link Postings}) and
 * in-memory tallies ({@link Tally}): a single filter on demand, or the day's common views
 * (every job, each skill, each country and each level alone) from the same read.
 */
@Component
class ReportComputer {

	private final JdbcTemplate jdbc;

	private final Taxonomy taxonomy;

	private final SalaryNormalizer salaries;

	private final InsightsProperties properties;

	ReportComputer(JdbcTemplate jdbc, Taxonomy taxonomy, SalaryNormalizer salaries, InsightsProperties properties) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.salaries = salaries;
		this.properties = properties;
	}

	/**
	 * The first day a report for {@code today} covers: the Monday {@code weeks} weeks
	 * back.
	 */
	LocalDate from(LocalDate today) {
		return today.minusWeeks(properties.weeks()).with(DayOfWeek.MONDAY);
	}

	/**
	 * One filter's report: reads the jobs of the filter without its skill (the demand
	 * chart's whole), then narrows to the skill in memory.
	 */
	@Transactional(readOnly = true)
	public MarketReport compute(InsightFilter filter, LocalDate today) {
		Postings postings = Postings.load(jdbc, from(today), today, filter.withoutSkill());
		Tally tally = tally(postings);
		int[] whole = IntStream.range(0, postings.size).toArray();
		return tally.report(filter, postings.matching(filter), tally.context(whole));
	}

	/**
	 * The reports for every job and for each skill (of the taxonomy or asked for by a
	 * job), each country a job is based in and each level alone.
	 */
	@Transactional(readOnly = true)
	public Map<InsightFilter, MarketReport> common(LocalDate today) {
		Postings postings = Postings.load(jdbc, from(today), today, InsightFilter.ALL);
		Tally tally = tally(postings);
		Map<InsightFilter, MarketReport> reports = new LinkedHashMap<>();
		int[] whole = IntStream.range(0, postings.size).toArray();
		Tally.Context everyJob = tally.context(whole);
		reports.put(InsightFilter.ALL, tally.report(InsightFilter.ALL, whole, everyJob));
		int[][] bySkill = Postings.invert(postings.skills, postings.skillSlugs.size());
		Set<String> skills = new LinkedHashSet<>(postings.skillSlugs);
		taxonomy.all().forEach(skill -> skills.add(skill.slug()));
		for (String skill : skills) {
			int id = postings.skillId(skill);
			InsightFilter filter = new InsightFilter(skill, null, null);
			reports.put(filter, tally.report(filter, id < 0 ? new int[0] : bySkill[id], everyJob));
		}
		int[][] byCountry = Postings.invert(postings.countries, postings.countryCodes.size());
		for (int id = 0; id < byCountry.length; id++) {
			InsightFilter filter = new InsightFilter(null, postings.countryCodes.get(id), null);
			reports.put(filter, tally.report(filter, byCountry[id], tally.context(byCountry[id])));
		}
		for (Seniority level : Seniority.values()) {
			InsightFilter filter = new InsightFilter(null, null, level);
			int[] jobs = postings.matching(filter);
			reports.put(filter, tally.report(filter, jobs, tally.context(jobs)));
		}
		return reports;
	}

	private Tally tally(Postings postings) {
		return new Tally(postings, properties, slug -> taxonomy.bySlug(slug).map(Skill::name).orElse(slug),
				salaries.referenceCurrency());
	}

}
