package dev.backboard.jobs.web;

import java.util.Comparator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.backboard.jobs.DescriptionRenderer;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.web.JobResponse.ApplyView;
import dev.backboard.jobs.web.JobResponse.CompanyView;
import dev.backboard.jobs.web.JobResponse.RemoteView;
import dev.backboard.jobs.web.JobResponse.SalaryView;
import dev.backboard.jobs.web.JobResponse.SkillView;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;
import dev.backboard.core.BackboardProperties;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * One job over JSON, with an ETag so that clients can revalidate cheaply.
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs")
class JobApiController {

	private final JobService jobs;

	private final Taxonomy taxonomy;

	private final SalaryNormalizer salaries;

	private final BackboardProperties web;

	private final DescriptionRenderer descriptions;

	JobApiController(JobService jobs, Taxonomy taxonomy, SalaryNormalizer salaries, BackboardProperties web,
			DescriptionRenderer descriptions) {
		this.descriptions = descriptions;
		this.jobs = jobs;
		this.taxonomy = taxonomy;
		this.salaries = salaries;
		this.web = web;
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getJob", summary = "Read a published job")
	ResponseEntity<JobResponse> job(@PathVariable long id, WebRequest request) {
		Job job = jobs.findById(id).orElseThrow(() -> new JobNotFound(id));
		String etag = JobETags.of(job);
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(response(job));
	}

	private JobResponse response(Job job) {
		return new JobResponse(job.getId(), job.getSlug(), web.baseUrl() + "/jobs/" + job.getSlug(), job.getTitle(),
				new CompanyView(job.getCompany().getSlug(), job.getCompany().getName(), job.getCompany().getWebsite(),
						job.getCompany().getLogoUrl()),
				job.getDescriptionMarkdown(), descriptions.html(job), job.getLocations(), job.getWorkplaceType(),
				new RemoteView(job.getRemoteCountries(), job.getTimezoneMin(), job.getTimezoneMax()),
				job.getEmploymentType(), job.getSeniority(),
				job.getSalary()
					.map(salary -> new SalaryView(salary.min(), salary.max(), salary.currency(), salary.period().name(),
							job.getSalaryAnnualMin(), job.getSalaryAnnualMax(), salaries.referenceCurrency()))
					.orElse(null),
				job.isVisaSponsorship(), job.isRelocation(),
				job.getSkills()
					.stream()
					.map(skill -> new SkillView(skill.skill(),
							taxonomy.bySlug(skill.skill()).map(Skill::name).orElse(skill.skill()), skill.required()))
					.sorted(Comparator.comparing(SkillView::required).reversed().thenComparing(SkillView::slug))
					.toList(),
				new ApplyView(job.getApplyUrl(), job.getApplyEmail()), job.getPostedAt(), job.getValidThrough(),
				job.getStatus(), job.isFeatured(), job.getUpdatedAt());
	}

}
