package dev.backboard.jobs.web;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.DescriptionRenderer;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;
import dev.backboard.skills.Taxonomy;
import dev.backboard.core.BackboardProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A job's page. An expired job keeps its page, says it is closed and asks not to be
 * indexed.
 */
@Controller
class JobPageController {

	private final JobService jobs;

	private final Taxonomy taxonomy;

	private final JobPostingJsonLd jsonLd;

	private final BackboardProperties web;

	private final DescriptionRenderer descriptions;

	JobPageController(JobService jobs, Taxonomy taxonomy, JobPostingJsonLd jsonLd, BackboardProperties web,
			DescriptionRenderer descriptions) {
		this.descriptions = descriptions;
		this.jobs = jobs;
		this.taxonomy = taxonomy;
		this.jsonLd = jsonLd;
		this.web = web;
	}

	@GetMapping("/jobs/{slug}")
	String job(@PathVariable String slug, @RequestParam(required = false) @Nullable String reported,
			@RequestParam(required = false) @Nullable String src, Model model) {
		Job job = jobs.findBySlug(slug).orElseThrow(() -> new JobNotFound(slug));
		String descriptionHtml = descriptions.html(job);
		model.addAttribute("job", job);
		model.addAttribute("descriptionHtml", descriptionHtml);
		model.addAttribute("required", taxonomy.bySlugs(job.getSkillSlugs(true)));
		model.addAttribute("niceToHave", taxonomy.bySlugs(job.getSkillSlugs(false)));
		model.addAttribute("jsonLd", job.isPublished() ? jsonLd.of(job, descriptionHtml, web.baseUrl()) : null);
		model.addAttribute("reported", reported != null);
		// Where the visitor came from, carried to the apply form; analytics reads it.
		model.addAttribute("src", src != null && src.matches("[a-z]{1,16}") ? src : null);
		model.addAttribute("canonical", web.baseUrl() + "/jobs/" + job.getSlug());
		return "jobs/job";
	}

}
