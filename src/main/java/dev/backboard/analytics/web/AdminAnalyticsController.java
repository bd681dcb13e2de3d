package dev.backboard.analytics.web;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.analytics.AnalyticsReports;
import dev.backboard.analytics.BoardDay;
import dev.backboard.billing.Revenue;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's view of the board: searches (and those that found nothing, the queries
 * to fix the taxonomy with), views, clicks, applications, alert sign-ups, feed fetches,
 * open jobs and companies, and revenue once payments have come in.
 */
@Controller
class AdminAnalyticsController {

	private final AnalyticsReports reports;

	private final Revenue revenue;

	private final Clock clock;

	AdminAnalyticsController(AnalyticsReports reports, Revenue revenue, Clock clock) {
		this.reports = reports;
		this.revenue = revenue;
		this.clock = clock;
	}

	@GetMapping("/admin/analytics")
	String page(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			Map<String, Object> model, HttpServletResponse response) {
		DateRange range = DateRange.parse(from, to, clock);
		if (!range.valid()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		List<BoardDay> days = reports.board(range.from(), range.to());
		long[] open = reports.openJobsAndCompanies();
		String first = range.from().toString();
		String last = range.to().toString();
		model.put("days", days);
		model.put("chart", DayCharts.board(days));
		model.put("total", new BoardDay(range.from(), days.stream().mapToLong(BoardDay::searches).sum(),
				days.stream().mapToLong(BoardDay::searchesWithoutResults).sum(),
				days.stream().mapToLong(BoardDay::views).sum(), days.stream().mapToLong(BoardDay::applyClicks).sum(),
				days.stream().mapToLong(BoardDay::applications).sum(),
				days.stream().mapToLong(BoardDay::alertSignups).sum(),
				days.stream().mapToLong(BoardDay::feedFetches).sum()));
		model.put("openJobs", open[0]);
		model.put("companies", open[1]);
		model.put("topQueries", reports.topQueries(range.from(), range.to(), false, 20));
		model.put("emptyQueries", reports.topQueries(range.from(), range.to(), true, 20));
		long span = ChronoUnit.DAYS.between(range.from(), java.time.LocalDate.now(clock)) + 1;
		model.put("revenue",
				revenue.daily((int) Math.min(Math.max(span, 1), 400))
					.stream()
					.filter(period -> period.period().compareTo(first) >= 0 && period.period().compareTo(last) <= 0)
					.toList());
		model.put("errors", range.errors());
		model.put("values", Map.of("from", range.valid() ? first : from, "to", range.valid() ? last : to));
		return "analytics/admin";
	}

}
