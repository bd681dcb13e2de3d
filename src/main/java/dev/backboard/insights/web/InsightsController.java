package dev.backboard.insights.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.backboard.core.FieldProblems;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.insights.InsightFilter;
import dev.backboard.insights.InsightsProperties;
import dev.backboard.insights.internal.MarketReport;
import dev.backboard.insights.internal.MarketReports;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.Seniority;
import dev.backboard.skills.Taxonomy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public market insights page and its open-data downloads.
 */
@Controller
class InsightsController {

	private static final CacheControl PUBLIC_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private final MarketReports reports;

	private final Taxonomy taxonomy;

	private final SalaryNormalizer salaries;

	private final InsightsProperties properties;

	private final RateLimits rateLimits;

	InsightsController(MarketReports reports, Taxonomy taxonomy, SalaryNormalizer salaries,
			InsightsProperties properties, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.reports = reports;
		this.taxonomy = taxonomy;
		this.salaries = salaries;
		this.properties = properties;
	}

	@GetMapping("/insights")
	String page(InsightRequest request, Model model, HttpServletRequest client, HttpServletResponse response) {
		InsightParams params = check(request);
		model.addAttribute("form", params);
		model.addAttribute("currencies", salaries.currencies());
		model.addAttribute("seniorities", Seniority.values());
		model.addAttribute("properties", properties);
		if (params.filter() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("report", null);
			model.addAttribute("figures", java.util.List.of());
			return "insights/insights";
		}
		MarketReport report = report(params.filter(), client);
		model.addAttribute("report", report);
		model.addAttribute("figures", new InsightCharts(report, salaries, params.shownCurrency()).figures());
		return "insights/insights";
	}

	@GetMapping("/insights.json")
	ResponseEntity<?> json(InsightRequest request, HttpServletRequest client) {
		InsightParams params = check(request);
		if (params.filter() == null) {
			return problem(params);
		}
		return download(params).contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"insights.json\"")
			.body(downloads(params, client).document());
	}

	@GetMapping("/insights.csv")
	ResponseEntity<?> csv(InsightRequest request, HttpServletRequest client) {
		InsightParams params = check(request);
		if (params.filter() == null) {
			return problem(params);
		}
		return download(params).contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"insights.csv\"")
			.body(downloads(params, client).csv());
	}

	/**
	 * The day's report; one not computed yet on this node costs seconds to minutes at a
	 * million jobs, so each address may start only a few an hour (429 beyond).
	 */
	private MarketReport report(InsightFilter filter, HttpServletRequest client) {
		if (reports.computed(filter).isEmpty()) {
			rateLimits.consume("insights-ip", client.getRemoteAddr());
		}
		return reports.report(filter);
	}

	private InsightParams check(InsightRequest request) {
		return InsightParams.check(request.skill(), request.country(), request.seniority(), request.currency(),
				taxonomy, salaries);
	}

	private ResponseEntity.BodyBuilder download(InsightParams params) {
		return ResponseEntity.ok()
			.cacheControl(PUBLIC_HOUR)
			.header(HttpHeaders.LINK, "<" + properties.licenceUrl() + ">; rel=\"license\"");
	}

	private InsightDownloads downloads(InsightParams params, HttpServletRequest client) {
		MarketReport report = report(java.util.Objects.requireNonNull(params.filter()), client);
		InsightCharts charts = new InsightCharts(report, salaries, params.shownCurrency());
		return new InsightDownloads(report, charts, params.shownCurrency(), properties);
	}

	private static ResponseEntity<?> problem(InsightParams params) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(FieldProblems.of(params.errors()));
	}

}
