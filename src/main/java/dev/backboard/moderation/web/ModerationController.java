package dev.backboard.moderation.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.core.Actor;
import dev.backboard.jobs.DescriptionRenderer;
import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobTransitionRefused;
import dev.backboard.moderation.Moderation;
import dev.backboard.moderation.Reports;
import dev.backboard.skills.Taxonomy;
import dev.backboard.stilllive.StillLive;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderators' pages: jobs waiting for review, oldest first, each previewed as it will
 * appear, and the open reports.
 */
@Controller
class ModerationController {

	private static final int PAGE_SIZE = 25;

	private final JobService jobs;

	private final Moderation moderation;

	private final Reports reports;

	private final DescriptionRenderer descriptions;

	private final Taxonomy taxonomy;

	private final StillLive stillLive;

	ModerationController(JobService jobs, Moderation moderation, Reports reports, DescriptionRenderer descriptions,
			Taxonomy taxonomy, StillLive stillLive) {
		this.stillLive = stillLive;
		this.jobs = jobs;
		this.moderation = moderation;
		this.reports = reports;
		this.descriptions = descriptions;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/moderation")
	String queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int reportPage,
			@RequestParam(defaultValue = "0") int gonePage, Map<String, Object> model) {
		model.put("queue", jobs.inReview(PageRequest.of(Math.clamp(page, 0, 10_000), PAGE_SIZE)));
		model.put("reports", reports.open(PageRequest.of(Math.clamp(reportPage, 0, 10_000), PAGE_SIZE)));
		model.put("gone", stillLive.flagged(PageRequest.of(Math.clamp(gonePage, 0, 10_000), PAGE_SIZE)));
		return "moderation/queue";
	}

	@GetMapping("/moderation/jobs/{id}")
	String job(@PathVariable long id, Map<String, Object> model) {
		return preview(jobs.findForModeration(id), "", null, model);
	}

	@PostMapping("/moderation/jobs/{id}/approve")
	String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			Job job = moderation.approve(id, actor(user));
			redirect.addFlashAttribute("notice", "Approved \"" + job.getTitle() + "\": it is live.");
		}
		catch (JobTransitionRefused ex) {
			redirect.addFlashAttribute("error", ex.getMessage() + ".");
		}
		return "redirect:/moderation";
	}

	@PostMapping("/moderation/jobs/{id}/reject")
	String reject(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, Map<String, Object> model, RedirectAttributes redirect) {
		try {
			Job job = moderation.reject(id, reason, actor(user));
			redirect.addFlashAttribute("notice", "Returned \"" + job.getTitle() + "\" to its employer.");
		}
		catch (InvalidJob ex) {
			return preview(jobs.findForModeration(id), reason, ex.fieldErrors().get("reason"), model);
		}
		catch (JobTransitionRefused ex) {
			redirect.addFlashAttribute("error", ex.getMessage() + ".");
		}
		return "redirect:/moderation";
	}

	@PostMapping("/moderation/reports/{id}/dismiss")
	String dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		reports.dismiss(id, actor(user));
		redirect.addFlashAttribute("notice", "Report dismissed.");
		return "redirect:/moderation";
	}

	@PostMapping("/moderation/reports/{id}/close-job")
	String closeJob(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		reports.closeJob(id, actor(user));
		redirect.addFlashAttribute("notice", "The job is closed and the report resolved.");
		return "redirect:/moderation";
	}

	private String preview(Job job, String reason, @Nullable String reasonError, Map<String, Object> model) {
		model.put("job", job);
		model.put("descriptionHtml", descriptions.html(job));
		model.put("required", taxonomy.bySlugs(job.getSkillSlugs(true)));
		model.put("niceToHave", taxonomy.bySlugs(job.getSkillSlugs(false)));
		model.put("transitions", jobs.transitions(job.getId()));
		model.put("reason", reason);
		model.put("reasonError", reasonError);
		return "moderation/job";
	}

	private static Actor actor(SignedInUser user) {
		return Actor.person(user.accountId(), user.displayName());
	}

}
