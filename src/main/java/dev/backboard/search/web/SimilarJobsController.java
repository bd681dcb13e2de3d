package dev.backboard.search.web;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;
import dev.backboard.search.JobSearch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "similar jobs" block of a job page, loaded after the page so the page itself stays
 * cheap.
 */
@Controller
class SimilarJobsController {

	private final JobService jobs;

	private final JobSearch search;

	SimilarJobsController(JobService jobs, JobSearch search) {
		this.jobs = jobs;
		this.search = search;
	}

	@GetMapping("/jobs/{slug}/similar")
	String similar(@PathVariable String slug, Model model) {
		Job job = jobs.findBySlug(slug).orElseThrow(() -> new JobNotFound(slug));
		model.addAttribute("jobs", search.similar(job.getId(), job.getSkillSlugs(), job.getTitle(), 5));
		return "jobs/similar";
	}

}
