package dev.backboard.applications.web;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.SignedInUser;
import dev.backboard.applications.Applying;
import dev.backboard.applications.JobStats;
import dev.backboard.applications.HiddenJobs;
import dev.backboard.applications.SavedJobs;
import dev.backboard.jobs.ApplyClicked;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobViewed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * What the applications module adds to a job's page: the counted click-out to the
 * employer's URL or email, the panel the page loads (how fast the company answers, save
 * the job, the candidate's application) and saving a job.
 */
@Controller
class JobPanelController {

	private final JobService jobs;

	private final JobStats stats;

	private final SavedJobs savedJobs;

	private final HiddenJobs hiddenJobs;

	private final Applying applying;

	private final ApplicationEventPublisher events;

	JobPanelController(JobService jobs, JobStats stats, SavedJobs savedJobs, HiddenJobs hiddenJobs, Applying applying,
			ApplicationEventPublisher events) {
		this.hiddenJobs = hiddenJobs;
		this.events = events;
		this.jobs = jobs;
		this.stats = stats;
		this.savedJobs = savedJobs;
		this.applying = applying;
	}

	/**
	 * Counts the click and sends the candidate on: only ever to the job's own URL or
	 * email, never to an address from the request.
	 */
	@GetMapping("/jobs/{slug}/apply-out")
	ResponseEntity<Void> applyOut(@PathVariable String slug) {
		Job job = jobs.findBySlugWithoutDetails(slug).filter(Job::isPublished).orElseThrow(() -> new JobNotFound(slug));
		URI target;
		try {
			target = ApplyController.clickOut(job);
		}
		catch (IllegalArgumentException ex) {
			throw new JobNotFound(slug);
		}
		stats.countApplyClick(job.getId());
		events.publishEvent(new ApplyClicked(job.getId(), job.getCompany().getId()));
		return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, target.toString()).build();
	}

	/**
	 * The job page's panel, loaded once per page view by the page itself: loading it
	 * counts the view, so crawlers that run no scripts are not counted.
	 */
	@GetMapping("/jobs/{slug}/panel")
	String panel(@AuthenticationPrincipal @Nullable SignedInUser user, @PathVariable String slug,
			Map<String, Object> model) {
		Job job = jobs.findBySlugWithoutDetails(slug).orElseThrow(() -> new JobNotFound(slug));
		stats.countView(job.getId());
		events.publishEvent(new JobViewed(job.getId(), job.getCompany().getId()));
		boolean candidate = user != null && user.hasRole(Role.CANDIDATE);
		model.put("job", job);
		model.put("responseDays", stats.medianResponseDays(job.getCompany().getId()).orElse(null));
		model.put("candidate", candidate);
		model.put("saved", candidate && savedJobs.isSaved(user.accountId(), job.getId()));
		model.put("hidden", candidate && hiddenJobs.isHidden(user.accountId(), job.getId()));
		model.put("applicationId", candidate ? applying.existing(job.getId(), user.accountId()).orElse(null) : null);
		return "applications/panel";
	}

	@PostMapping("/jobs/{slug}/save")
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug) {
		Job job = savedJobs.save(user.accountId(), slug);
		return "redirect:/jobs/" + job.getSlug() + "?saved";
	}

	@PostMapping("/jobs/{slug}/unsave")
	String unsave(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug) {
		Job job = jobs.findBySlugWithoutDetails(slug).orElseThrow(() -> new JobNotFound(slug));
		savedJobs.remove(user.accountId(), job.getId());
		return "redirect:/jobs/" + job.getSlug();
	}

	/** "Not interested": no job alert announces the job to this candidate. */
	@PostMapping("/jobs/{slug}/hide")
	String hide(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug) {
		Job job = hiddenJobs.hide(user.accountId(), slug);
		return "redirect:/jobs/" + job.getSlug();
	}

	@PostMapping("/jobs/{slug}/unhide")
	String unhide(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug) {
		Job job = jobs.findBySlugWithoutDetails(slug).orElseThrow(() -> new JobNotFound(slug));
		hiddenJobs.show(user.accountId(), job.getId());
		return "redirect:/jobs/" + job.getSlug();
	}

}
