package dev.backboard.insights.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.backboard.insights.InsightsProperties;
import dev.backboard.insights.internal.MarketReport;
import dev.backboard.insights.internal.MarketReport.Distribution;
import dev.backboard.insights.internal.MarketReport.Percentiles;
import dev.backboard.insights.internal.MarketReport.SkillTrend;
import dev.backboard.insights.internal.MarketReport.Week;
import org.jspecify.annotations.Nullable;

/**
 * The report as open data: a JSON document and a long-format CSV, both carrying the
 * licence. Hidden figures are null (JSON) or empty (CSV); the job count stays.
 */
final class InsightDownloads {

	private final MarketReport report;

	private final InsightCharts charts;

	private final String currency;

	private final InsightsProperties properties;

	InsightDownloads(MarketReport report, InsightCharts charts, String currency, InsightsProperties properties) {
		this.report = report;
		this.charts = charts;
		this.currency = currency;
		this.properties = properties;
	}

	String attribution() {
		return "Backboard market insights, licensed " + properties.licence() + " (" + properties.licenceUrl() + ")";
	}

	/** A salary group as published. */
	record Pay(String key, String label, long jobs, @Nullable Long p10, @Nullable Long p25, @Nullable Long median,
			@Nullable Long p75, @Nullable Long p90) {
	}

	record WeekShare(LocalDate week, long jobs, @Nullable Double share) {
	}

	record Demand(String skill, String name, List<WeekShare> weeks) {
	}

	record Together(String label, long jobs, double share) {
	}

	record Licence(String name, String url, String attribution) {
	}

	record Document(Licence licence, Map<String, @Nullable String> filter, String currency, LocalDate from,
			LocalDate until, long jobs, Map<String, Integer> minimumSample, List<Pay> salaryBySkill,
			List<Pay> salaryBySeniority, List<Pay> salaryByCountry, List<Pay> salaryByWorkplace,
			List<WeekShare> remoteShare, List<Demand> skillDemand, List<Together> skillsTogether) {
	}

	Document document() {
		Map<String, @Nullable String> filter = new LinkedHashMap<>();
		filter.put("skill", report.filter().skill());
		filter.put("country", report.filter().country());
		filter.put("seniority", report.filter().seniority() == null ? null : report.filter().seniority().name());
		return new Document(new Licence(properties.licence(), properties.licenceUrl(), attribution()), filter, currency,
				report.from(), report.until().minusDays(1), report.jobs(),
				Map.of("jobs", properties.minJobs(), "companies", properties.minCompanies()),
				pay(report.salaryBySkill()), pay(report.salaryBySeniority()), pay(report.salaryByCountry()),
				pay(report.salaryByWorkplace()),
				report.weeks()
					.stream()
					.map(week -> new WeekShare(week.start(), week.jobs(), week.remoteShare()))
					.toList(),
				report.demand().stream().map(this::demand).toList(),
				report.together().stream().map(row -> new Together(row.label(), row.jobs(), row.share())).toList());
	}

	private Demand demand(SkillTrend trend) {
		List<WeekShare> weeks = new ArrayList<>();
		for (int i = 0; i < report.demandWeeks().size(); i++) {
			Week week = report.demandWeeks().get(i);
			weeks.add(new WeekShare(week.start(), week.jobs(), trend.shares().get(i)));
		}
		return new Demand(trend.skill(), trend.name(), weeks);
	}

	private List<Pay> pay(List<Distribution> rows) {
		return rows.stream().map(row -> {
			Percentiles pay = row.pay();
			return pay == null ? new Pay(row.key(), row.label(), row.jobs(), null, null, null, null, null)
					: new Pay(row.key(), row.label(), row.jobs(), round(pay.p10()), round(pay.p25()),
							round(pay.median()), round(pay.p75()), round(pay.p90()));
		}).toList();
	}

	private Long round(double reference) {
		return Math.round(charts.money(reference));
	}

	/** Columns: section, group, measure, value, jobs. */
	String csv() {
		Document document = document();
		StringBuilder csv = new StringBuilder("section,group,measure,value,jobs\r\n");
		row(csv, "about", "licence", properties.licence(), properties.licenceUrl(), null);
		row(csv, "about", "attribution", "text", attribution(), null);
		row(csv, "about", "period", "from", document.from().toString(), null);
		row(csv, "about", "period", "to", document.until().toString(), null);
		row(csv, "about", "currency", "yearly salary", currency, null);
		row(csv, "about", "jobs", "count", Long.toString(document.jobs()), (Long) document.jobs());
		pays(csv, "salary by skill", document.salaryBySkill());
		pays(csv, "salary by seniority", document.salaryBySeniority());
		pays(csv, "salary by country", document.salaryByCountry());
		pays(csv, "salary by workplace", document.salaryByWorkplace());
		for (WeekShare week : document.remoteShare()) {
			row(csv, "remote share", week.week().toString(), "share", share(week.share()), week.jobs());
		}
		for (Demand demand : document.skillDemand()) {
			for (WeekShare week : demand.weeks()) {
				row(csv, "skill demand", demand.name(), week.week().toString(), share(week.share()), week.jobs());
			}
		}
		for (Together row : document.skillsTogether()) {
			row(csv, "skills together", row.label(), "share", share(row.share()), row.jobs());
		}
		return csv.toString();
	}

	private static void pays(StringBuilder csv, String section, List<Pay> rows) {
		for (Pay pay : rows) {
			row(csv, section, pay.label(), "p10", text(pay.p10()), pay.jobs());
			row(csv, section, pay.label(), "p25", text(pay.p25()), pay.jobs());
			row(csv, section, pay.label(), "median", text(pay.median()), pay.jobs());
			row(csv, section, pay.label(), "p75", text(pay.p75()), pay.jobs());
			row(csv, section, pay.label(), "p90", text(pay.p90()), pay.jobs());
		}
	}

	private static String text(@Nullable Long value) {
		return value == null ? "" : value.toString();
	}

	private static String share(@Nullable Double value) {
		return value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
	}

	private static void row(StringBuilder csv, String section, String group, String measure, String value,
			@Nullable Long jobs) {
		csv.append(cell(section))
			.append(',')
			.append(cell(group))
			.append(',')
			.append(cell(measure))
			.append(',')
			.append(cell(value))
			.append(',')
			.append(jobs == null ? "" : jobs.toString())
			.append("\r\n");
	}

	/**
	 * RFC 4180 quoting, and a leading quote before =, +, - or @ so spreadsheets never run
	 * it.
	 */
	private static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
