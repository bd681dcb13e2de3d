package dev.backboard.insights;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.backboard.insights.internal.MarketReport;
import dev.backboard.insights.internal.MarketReport.Distribution;
import dev.backboard.insights.internal.MarketReport.SkillTrend;
import dev.backboard.insights.internal.MarketReport.Week;
import dev.backboard.insights.internal.MarketReports;
import dev.backboard.search.SkillNote;
import dev.backboard.search.SkillNotes;
import dev.backboard.skills.Skill;
import dev.backboard.web.charts.ValueFormat;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The market insights' line on each skill page: the skill's median salary and its recent
 * share of new jobs.
 */
@Service
public class Insights implements SkillNotes {

	/** The weeks compared for a skill's trend: the last ones against as many before. */
	static final int TREND_WEEKS = 4;

	private final MarketReports reports;

	public Insights(MarketReports reports) {
		this.reports = reports;
	}

	/**
	 * "Go: median Senior salary in Germany 95,000 USD a year (12 jobs); 12.0% of new jobs
	 * in the last 4 weeks (9.5% in the 4 before)." Empty when there is nothing to say
	 * without showing a figure that stands on too few jobs, and while no report of the
	 * skill is stored (before the first daily run): a skill page (which crawlers walk)
	 * reads the stored report and never starts a computation itself.
	 */
	@Override
	public Optional<SkillNote> note(Skill skill) {
		Optional<MarketReport> computed = reports.computed(new InsightFilter(skill.slug(), null, null));
		if (computed.isEmpty()) {
			return Optional.empty();
		}
		MarketReport report = computed.get();
		String link = "/insights?skill=" + skill.slug();
		String pay = pay(report);
		String trend = trend(report, skill.slug());
		if (pay == null && trend == null) {
			return Optional.empty();
		}
		StringBuilder text = new StringBuilder(skill.name()).append(": ");
		text.append(pay == null ? "too few salaries to show" : pay);
		if (trend != null) {
			text.append("; ").append(trend);
		}
		return Optional.of(new SkillNote(text.append('.').toString(), link, "Market insights for " + skill.name()));
	}

	private static @Nullable String pay(MarketReport report) {
		Distribution level = largest(report.salaryBySeniority());
		Distribution country = largest(report.salaryByCountry());
		if (level == null && country == null) {
			return null;
		}
		boolean byLevel = level != null && (country == null || level.jobs() >= country.jobs());
		Distribution best = byLevel ? level : country;
		MarketReport.Percentiles percentiles = java.util.Objects.requireNonNull(best.pay());
		String where = byLevel ? best.label().toLowerCase(Locale.ROOT) + " salary" : "salary in " + best.label();
		return "median " + where + " " + ValueFormat.INTEGER.format(percentiles.median()) + " " + report.currency()
				+ " a year (" + best.jobs() + " jobs)";
	}

	private static @Nullable Distribution largest(List<Distribution> rows) {
		return rows.stream()
			.filter(row -> row.pay() != null)
			.max(java.util.Comparator.comparingLong(Distribution::jobs))
			.orElse(null);
	}

	private static @Nullable String trend(MarketReport report, String skill) {
		List<Week> weeks = report.demandWeeks();
		SkillTrend demand = report.demand().stream().filter(row -> row.skill().equals(skill)).findFirst().orElse(null);
		if (demand == null || weeks.size() < 2 * TREND_WEEKS) {
			return null;
		}
		int end = weeks.size();
		Double recent = share(weeks, demand, end - TREND_WEEKS, end);
		Double before = share(weeks, demand, end - 2 * TREND_WEEKS, end - TREND_WEEKS);
		if (recent == null) {
			return null;
		}
		String text = ValueFormat.PERCENT.format(recent) + " of new jobs in the last " + TREND_WEEKS + " weeks";
		return before == null ? text
				: text + " (" + ValueFormat.PERCENT.format(before) + " in the " + TREND_WEEKS + " before)";
	}

	/**
	 * The skill's part of the weeks' new jobs, counting only weeks large enough to show.
	 */
	private static @Nullable Double share(List<Week> weeks, SkillTrend demand, int from, int to) {
		long jobs = 0;
		long asking = 0;
		for (int i = from; i < to; i++) {
			if (weeks.get(i).shown()) {
				jobs += weeks.get(i).jobs();
				asking += demand.counts().get(i);
			}
		}
		return jobs == 0 ? null : (double) asking / jobs;
	}

}
