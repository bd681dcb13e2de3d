package dev.backboard.applications.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.applications.ApplicantFilter;
import dev.backboard.applications.ApplicantsCsv;
import dev.backboard.applications.Applicant;
import dev.backboard.applications.InvalidInput;
import dev.backboard.applications.JobStats;
import dev.backboard.applications.Pipeline;
import dev.backboard.applications.Stage;
import dev.backboard.applications.StageEmails;
import dev.backboard.companies.Membership;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.skills.Taxonomy;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The employer's pipeline: a job's applicants (filtered, sorted, moved in bulk, exported
 * as CSV) and one application (answers, résumé, history, notes, stage). Everything is
 * looked up within the employer's company: another company's job or application answers
 * 404 like a missing one.
 */
@Controller
class PipelineController {

	static final int PAGE_SIZE = 50;

	private final Pipeline pipeline;

	private final JobService jobs;

	private final JobStats stats;

	private final StageEmails stageEmails;

	private final EmployerCompanies companies;

	private final Taxonomy taxonomy;

	PipelineController(Pipeline pipeline, JobService jobs, JobStats stats, StageEmails stageEmails,
			EmployerCompanies companies, Taxonomy taxonomy) {
		this.pipeline = pipeline;
		this.jobs = jobs;
		this.stats = stats;
		this.stageEmails = stageEmails;
		this.companies = companies;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/employer/jobs/{id}/applicants")
	String applicants(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "") String knockedOut,
			@RequestParam(defaultValue = "score") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String moved, Map<String, Object> model) {
		long companyId = companies.of(user);
		Job job = jobs.findForCompany(companyId, id);
		List<Applicant> all = pipeline.applicants(companyId, id, filter(stage, knockedOut, sort));
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.clamp(page, 0, pages - 1);
		model.put("job", job);
		model.put("applicants", all.subList(current * PAGE_SIZE, Math.min(all.size(), (current + 1) * PAGE_SIZE)));
		model.put("total", all.size());
		model.put("page", current);
		model.put("pages", pages);
		model.put("stage", stage);
		model.put("knockedOut", knockedOut);
		model.put("sort", sort);
		model.put("stages", Stage.values());
		model.put("stats", stats.of(id));
		model.put("moved", moved);
		model.put("taxonomy", new SkillNames(taxonomy));
		return "applications/applicants";
	}

	@GetMapping("/employer/jobs/{id}/applicants.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		long companyId = companies.of(user);
		Job job = jobs.findForCompany(companyId, id);
		return csv(job.getId(), pipeline.applicants(companyId, id, ApplicantFilter.all()));
	}

	/** A job's applicants as a CSV attachment, for this page and the API alike. */
	static ResponseEntity<byte[]> csv(long jobId, List<Applicant> applicants) {
		byte[] csv = ApplicantsCsv.of(applicants).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"applicants-" + jobId + ".csv\"")
			.cacheControl(CacheControl.noStore())
			.body(csv);
	}

	@PostMapping("/employer/jobs/{id}/applicants/stage")
	String bulkMove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
			@RequestParam(defaultValue = "") String stage) {
		long companyId = companies.of(user);
		jobs.findForCompany(companyId, id);
		List<Long> chosen = ids == null ? List.of() : ids;
		List<Long> ofThisJob = pipeline.applicants(companyId, id, ApplicantFilter.all())
			.stream()
			.map(Applicant::id)
			.toList();
		if (!ofThisJob.containsAll(chosen)) {
			throw new dev.backboard.applications.ApplicationNotFound();
		}
		int moved = pipeline.move(companyId, chosen, stage(stage), EmployerCompanies.actor(user));
		return "redirect:/employer/jobs/" + id + "/applicants?moved=" + moved;
	}

	@GetMapping("/employer/applications/{id}")
	String application(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Map<String, Object> model) {
		return detail(companies.of(user), id, Map.of(), "", "", model);
	}

	@PostMapping("/employer/applications/{id}/stage")
	String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String stage) {
		long companyId = companies.of(user);
		// The application is looked up before the form is read: a foreign id is a 404
		// whatever the form says.
		pipeline.detail(companyId, id);
		pipeline.move(companyId, List.of(id), stage(stage), EmployerCompanies.actor(user));
		return "redirect:/employer/applications/" + id;
	}

	@PostMapping("/employer/applications/{id}/notes")
	String note(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String rating,
			HttpServletResponse response, Map<String, Object> model) {
		long companyId = companies.of(user);
		try {
			pipeline.addNote(companyId, id, body, rating, EmployerCompanies.actor(user));
			return "redirect:/employer/applications/" + id + "#notes";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return detail(companyId, id, ex.errors(), body, rating, model);
		}
	}

	/** The résumé, as an attachment and never shown inline; HEAD answers the same. */
	@GetMapping("/employer/applications/{id}/resume")
	ResponseEntity<byte[]> resume(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		return pipeline.resume(companies.of(user), id).asAttachment();
	}

	/**
	 * The dashboard's applicant counts, swapped into its job rows out of band, so that
	 * the jobs module needs to know nothing about applications.
	 */
	@GetMapping("/employer/applicant-counts")
	String counts(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		model.put("counts", pipeline.counts(companies.of(user)));
		return "applications/counts";
	}

	@GetMapping("/employer/stage-emails")
	String stageEmails(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) @Nullable String saved, Map<String, Object> model) {
		Membership membership = companies.membership(user);
		model.put("chosen", stageEmails.stages(membership.companyId()));
		model.put("owner", membership.isOwner());
		model.put("stages", Stage.values());
		model.put("saved", saved != null);
		return "applications/stage-emails";
	}

	@PostMapping("/employer/stage-emails")
	String saveStageEmails(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "stages", required = false) @Nullable List<String> stages) {
		Set<Stage> chosen = EnumSet.noneOf(Stage.class);
		(stages == null ? List.<String>of() : stages).forEach(name -> chosen.add(stage(name)));
		stageEmails.save(companies.membership(user), chosen);
		return "redirect:/employer/stage-emails?saved";
	}

	private String detail(long companyId, long id, Map<String, String> errors, String body, String rating,
			Map<String, Object> model) {
		model.put("application", pipeline.detail(companyId, id));
		model.put("stages", Stage.values());
		model.put("errors", errors);
		model.put("body", body);
		model.put("rating", rating);
		model.put("taxonomy", new SkillNames(taxonomy));
		return "applications/application";
	}

	private static ApplicantFilter filter(String stage, String knockedOut, String sort) {
		Stage onlyStage = stage.isEmpty() ? null : stage(stage);
		Boolean knocked = switch (knockedOut) {
			case "" -> null;
			case "yes" -> true;
			case "no" -> false;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "knockedOut must be yes or no");
		};
		ApplicantFilter.Sort order = switch (sort) {
			case "score" -> ApplicantFilter.Sort.SCORE;
			case "date" -> ApplicantFilter.Sort.DATE;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sort must be score or date");
		};
		return new ApplicantFilter(onlyStage, knocked, order);
	}

	private static Stage stage(String name) {
		try {
			return Stage.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "stage must be one of the stages");
		}
	}

}
