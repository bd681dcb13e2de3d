package dev.backboard.jobs.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.DescriptionRenderer;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.skills.Skill;
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
	String job(@PathVariable String slug, @RequestParam(required = false) @Nullable String reported, Model model) {
		Job job = jobs.findBySlug(slug).orElseThrow(() -> new JobNotFound(slug));
		String descriptionHtml = descriptions.html(job);
		model.addAttribute("job", job);
		model.addAttribute("descriptionHtml", descriptionHtml);
		model.addAttribute("required", skills(job, true));
		model.addAttribute("niceToHave", skills(job, false));
		model.addAttribute("jsonLd", job.isPublished() ? jsonLd.of(job, descriptionHtml, web.baseUrl()) : null);
		model.addAttribute("reported", reported != null);
		model.addAttribute("canonical", web.baseUrl() + "/jobs/" + job.getSlug());
		return "jobs/job";
	}

	private List<Skill> skills(Job job, boolean required) {
		return job.getSkills()
			.stream()
			.filter(skill -> skill.required() == required)
			.map(JobSkill::skill)
			.sorted()
			.flatMap(slug -> taxonomy.bySlug(slug).stream())
			.toList();
	}

}
