package dev.backboard.analytics.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.analytics.AnalyticsReports;
import dev.backboard.analytics.Funnel;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.Membership;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A company's analytics and one job's, for the company's members: looked up within the
 * member's company, so another company's job answers 404 like a missing one.
 */
@Controller
class EmployerAnalyticsController {

	private final AnalyticsReports reports;

	private final CompanyMembers members;

	private final JobService jobs;

	private final Clock clock;

	EmployerAnalyticsController(AnalyticsReports reports, CompanyMembers members, JobService jobs, Clock clock) {
		this.reports = reports;
		this.members = members;
		this.jobs = jobs;
		this.clock = clock;
	}

	@GetMapping("/employer/analytics")
	String company(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Map<String, Object> model, HttpServletResponse response) {
		Membership membership = membership(user);
		DateRange range = range(from, to, response);
		long company = membership.companyId();
		model.put("title", membership.companyName());
		model.put("job", null);
		model.put("jobs", reports.jobs(company, range.from(), range.to()));
		return page(model, range, from, to, reports.funnel(company, null, range.from(), range.to()),
				"/employer/analytics", company, null);
	}

	@GetMapping("/employer/analytics.csv")
	ResponseEntity<?> companyCsv(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "day") String by) {
		Membership membership = membership(user);
		return csv("analytics-" + membership.companySlug(), membership.companyId(), null, from, to, by);
	}

	@GetMapping("/employer/jobs/{id}/analytics")
	String job(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			Map<String, Object> model, HttpServletResponse response) {
		long company = membership(user).companyId();
		Job job = jobs.findForCompany(company, id);
		DateRange range = range(from, to, response);
		model.put("title", job.getTitle());
		model.put("job", job.getId());
		model.put("jobs", List.of());
		return page(model, range, from, to, reports.funnel(company, job.getId(), range.from(), range.to()),
				"/employer/jobs/" + job.getId() + "/analytics", company, job.getId());
	}

	@GetMapping("/employer/jobs/{id}/analytics.csv")
	ResponseEntity<?> jobCsv(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "day") String by) {
		long company = membership(user).companyId();
		Job job = jobs.findForCompany(company, id);
		return csv("analytics-job-" + job.getId(), company, job.getId(), from, to, by);
	}

	/** One row per day ({@code by=day}) or per source ({@code by=source}). */
	private ResponseEntity<?> csv(String name, long company, @Nullable Long job, String from, String to, String by) {
		DateRange range = DateRange.parse(from, to, clock);
		if (!range.valid()) {
			return Csv.badRange(range);
		}
		return switch (by) {
			case "day" ->
				Csv.attachment(name + ".csv", Csv.funnel(reports.funnel(company, job, range.from(), range.to())));
			case "source" -> Csv.attachment(name + "-by-source.csv",
					Csv.sources(reports.sources(company, job, range.from(), range.to())));
			default -> Csv.badParameter("by", "must be day or source");
		};
	}

	private String page(Map<String, Object> model, DateRange range, String from, String to, List<Funnel> days,
			String path, long company, @Nullable Long job) {
		model.put("days", days);
		model.put("chart", DayCharts.funnel(days));
		model.put("total", total(days));
		model.put("sources", reports.sources(company, job, range.from(), range.to()));
		model.put("errors", range.errors());
		model.put("values", Map.of("from", range.valid() ? range.from().toString() : from, "to",
				range.valid() ? range.to().toString() : to));
		model.put("path", path);
		return "analytics/employer";
	}

	private DateRange range(String from, String to, HttpServletResponse response) {
		DateRange range = DateRange.parse(from, to, clock);
		if (!range.valid()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return range;
	}

	private Membership membership(SignedInUser user) {
		return members.of(user.accountId()).orElseThrow(() -> new JobNotFound(0));
	}

	static Funnel total(List<Funnel> days) {
		return new Funnel(days.isEmpty() ? java.time.LocalDate.EPOCH : days.getFirst().day(),
				days.stream().mapToLong(Funnel::views).sum(), days.stream().mapToLong(Funnel::applyClicks).sum(),
				days.stream().mapToLong(Funnel::applications).sum());
	}

}
