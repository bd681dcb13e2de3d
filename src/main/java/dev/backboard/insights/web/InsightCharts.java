package dev.backboard.insights.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import dev.backboard.insights.internal.MarketReport;
import dev.backboard.insights.internal.MarketReport.Distribution;
import dev.backboard.insights.internal.MarketReport.Percentiles;
import dev.backboard.insights.internal.MarketReport.Week;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.web.charts.Chart;
import dev.backboard.web.charts.Series;
import dev.backboard.web.charts.ValueFormat;
import org.jspecify.annotations.Nullable;

/**
 * A report drawn as the page's charts, with pay in the chosen currency.
 */
final class InsightCharts {

	private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private final MarketReport report;

	private final SalaryNormalizer salaries;

	private final String currency;

	InsightCharts(MarketReport report, SalaryNormalizer salaries, String currency) {
		this.report = report;
		this.salaries = salaries;
		this.currency = currency;
	}

	List<Figure> figures() {
		return List.of(new Figure("salary-by-skill", salary("Yearly salary by skill", "Skill", report.salaryBySkill())),
				new Figure("salary-by-seniority",
						salary("Yearly salary by seniority", "Seniority", report.salaryBySeniority())),
				new Figure("salary-by-country",
						salary("Yearly salary by country", "Country", report.salaryByCountry())),
				new Figure("salary-by-workplace",
						salary("Yearly salary, remote and on-site", "Workplace", report.salaryByWorkplace())),
				new Figure("skill-demand", demand()), new Figure("remote-share", remoteShare()),
				new Figure("skills-together", together()));
	}

	/** Pay in the chosen currency, rounded to whole units. */
	double money(double reference) {
		return salaries.fromReference(BigDecimal.valueOf(reference), currency)
			.map(BigDecimal::doubleValue)
			.orElseThrow();
	}

	private Chart salary(String title, String axis, List<Distribution> rows) {
		List<Series> series = List.of(series("10th percentile", rows, Percentiles::p10),
				series("25th percentile", rows, Percentiles::p25), series("Median", rows, Percentiles::median),
				series("75th percentile", rows, Percentiles::p75), series("90th percentile", rows, Percentiles::p90));
		return new Chart(Chart.Kind.RANGES, title, axis, "Yearly salary (" + currency + ")", ValueFormat.INTEGER,
				rows.stream().map(Distribution::label).toList(), series,
				rows.stream().map(row -> (Long) row.jobs()).toList(),
				"Boxes span the 25th to 75th percentile, whiskers the 10th to 90th, the line is the median.");
	}

	private Series series(String name, List<Distribution> rows, ToDoubleFunction<Percentiles> value) {
		List<@Nullable Double> values = new ArrayList<>();
		for (Distribution row : rows) {
			Percentiles pay = row.pay();
			values.add(pay == null ? null : money(value.applyAsDouble(pay)));
		}
		return new Series(name, values);
	}

	private Chart demand() {
		List<Series> series = report.demand().stream().map(row -> new Series(row.name(), row.shares())).toList();
		return new Chart(Chart.Kind.LINE, "Demand for skills: share of new jobs per week", "Week starting",
				"Share of new jobs", ValueFormat.PERCENT, weekLabels(report.demandWeeks()), series,
				report.demandWeeks().stream().map(week -> (Long) week.jobs()).toList(),
				"Jobs: all new jobs of the week (whatever their skills).");
	}

	private Chart remoteShare() {
		List<@Nullable Double> shares = report.weeks().stream().map(Week::remoteShare).toList();
		return new Chart(Chart.Kind.LINE, "Remote jobs: share of new jobs per week", "Week starting",
				"Share of new jobs", ValueFormat.PERCENT, weekLabels(report.weeks()),
				List.of(new Series("Remote share", shares)),
				report.weeks().stream().map(week -> (Long) week.jobs()).toList(), null);
	}

	private Chart together() {
		String title = report.filter().skill() == null ? "Skills most often asked for together"
				: "Skills most often asked for with this skill";
		return new Chart(Chart.Kind.BARS, title, report.filter().skill() == null ? "Skill pair" : "Skill",
				"Share of jobs", ValueFormat.PERCENT,
				report.together().stream().map(MarketReport.Together::label).toList(),
				List.of(new Series("Share of jobs",
						report.together().stream().map(row -> (@Nullable Double) row.share()).toList())),
				report.together().stream().map(row -> (Long) row.jobs()).toList(), null);
	}

	private static List<String> weekLabels(List<Week> weeks) {
		return weeks.stream().map(week -> WEEK.format(week.start())).toList();
	}

}
