package dev.backboard.moderation.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;
import dev.backboard.moderation.InvalidReport;
import dev.backboard.moderation.ReportReason;
import dev.backboard.moderation.Reports;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Report this job": anyone may report a public job, signed in or not. The form is
 * fetched when asked for, so that merely viewing a job page starts no session for its
 * CSRF token.
 */
@Controller
class ReportController {

	private final JobService jobs;

	private final Reports reports;

	ReportController(JobService jobs, Reports reports) {
		this.jobs = jobs;
		this.reports = reports;
	}

	@GetMapping("/jobs/{slug}/report")
	String form(@PathVariable String slug, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Map<String, Object> model) {
		return form(job(slug), htmx != null, null, null, "", model);
	}

	@PostMapping("/jobs/{slug}/report")
	String report(@PathVariable String slug, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String details, @AuthenticationPrincipal @Nullable SignedInUser user,
			HttpServletRequest request, Map<String, Object> model) {
		Job job = job(slug);
		ReportReason chosen = reason(reason);
		if (chosen == null) {
			return form(job, false, "Choose a reason.", null, details, model);
		}
		try {
			reports.file(slug, chosen, details, user == null ? null : user.accountId(), request.getRemoteAddr());
		}
		catch (InvalidReport ex) {
			return form(job, false, null, ex.getMessage(), details, model);
		}
		return "redirect:/jobs/" + job.getSlug() + "?reported";
	}

	private Job job(String slug) {
		return jobs.findBySlug(slug).orElseThrow(() -> new JobNotFound(slug));
	}

	private static @Nullable ReportReason reason(String value) {
		for (ReportReason reason : ReportReason.values()) {
			if (reason.name().equals(value)) {
				return reason;
			}
		}
		return null;
	}

	private static String form(Job job, boolean fragment, @Nullable String reasonError, @Nullable String detailsError,
			String details, Map<String, Object> model) {
		model.put("job", job);
		model.put("fragment", fragment);
		model.put("reasons", ReportReason.values());
		model.put("reasonError", reasonError);
		model.put("detailsError", detailsError);
		model.put("details", details);
		return "moderation/report";
	}

}
