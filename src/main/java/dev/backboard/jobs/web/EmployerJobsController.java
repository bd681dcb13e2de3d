package dev.backboard.jobs.web;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.SignedInUser;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.Membership;
import dev.backboard.core.Actor;
import dev.backboard.core.SafeMarkdown;
import dev.backboard.geo.Gazetteer;
import dev.backboard.jobs.DescriptionRenderer;
import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotice;
import dev.backboard.jobs.JobNotices;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.JobTransitionRefused;
import dev.backboard.skills.Taxonomy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer's side of the lifecycle: the dashboard of the company's jobs, the job form
 * with its live preview, a job's history, and the buttons that move a job along. Every
 * job is looked up within the signed-in employer's company, so another company's job
 * answers 404.
 */
@Controller
class EmployerJobsController {

	private static final int PAGE_SIZE = 25;

	private final JobService jobs;

	private final CompanyMembers members;

	private final Accounts accounts;

	private final Taxonomy taxonomy;

	private final Gazetteer gazetteer;

	private final DescriptionRenderer descriptions;

	private final Clock clock;

	private final ObjectProvider<JobNotices> notices;

	EmployerJobsController(JobService jobs, CompanyMembers members, Accounts accounts, Taxonomy taxonomy,
			Gazetteer gazetteer, DescriptionRenderer descriptions, Clock clock, ObjectProvider<JobNotices> notices) {
		this.notices = notices;
		this.jobs = jobs;
		this.members = members;
		this.accounts = accounts;
		this.taxonomy = taxonomy;
		this.gazetteer = gazetteer;
		this.descriptions = descriptions;
		this.clock = clock;
	}

	@GetMapping("/employer")
	String dashboard(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page,
			Map<String, Object> model) {
		Membership membership = members.member(user.accountId());
		model.put("membership", membership);
		Page<Job> list = jobs.listForCompany(membership.companyId(),
				PageRequest.of(Math.clamp(page, 0, 10_000), PAGE_SIZE));
		model.put("jobs", list);
		model.put("notices",
				notices(list.map(Job::getId).getContent()).stream().collect(Collectors.groupingBy(JobNotice::jobId)));
		model.put("now", clock.instant());
		return "employer/dashboard";
	}

	@GetMapping("/employer/jobs/new")
	String newJob(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		// Jobs belong to a company: without one, the employer is sent to create it.
		members.member(user.accountId());
		return form(new JobForm(), Map.of(), null, null, model);
	}

	@PostMapping("/employer/jobs")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute JobForm form,
			@RequestParam(defaultValue = "draft") String intent, Map<String, Object> model,
			RedirectAttributes redirect) {
		Membership membership = members.member(user.accountId());
		Map<String, String> errors = new LinkedHashMap<>();
		Job job = saved(form, errors, details -> jobs.createDraft(membership.companyId(), details, actor(user)));
		if (job == null) {
			return form(form, errors, null, null, model);
		}
		return afterSave(user, membership, job, intent, redirect);
	}

	@GetMapping("/employer/jobs/{id}")
	String job(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Map<String, Object> model) {
		Membership membership = members.member(user.accountId());
		Job job = jobs.findForCompany(membership.companyId(), id);
		model.put("job", job);
		model.put("descriptionHtml", descriptions.html(job));
		model.put("transitions", jobs.transitions(id));
		model.put("now", clock.instant());
		model.put("notices", notices(List.of(job.getId())));
		return "employer/job";
	}

	@GetMapping("/employer/jobs/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Map<String, Object> model) {
		Membership membership = members.member(user.accountId());
		Job job = jobs.findForCompany(membership.companyId(), id);
		return form(JobForm.of(job, taxonomy), Map.of(), job, null, model);
	}

	@PostMapping("/employer/jobs/{id}/edit")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @ModelAttribute JobForm form,
			@RequestParam(defaultValue = "draft") String intent, Map<String, Object> model,
			RedirectAttributes redirect) {
		Membership membership = members.member(user.accountId());
		long companyId = membership.companyId();
		Job existing = jobs.findForCompany(companyId, id);
		Map<String, String> errors = new LinkedHashMap<>();
		Job job;
		try {
			job = saved(form, errors, details -> jobs.update(companyId, id, details, actor(user)));
		}
		catch (JobTransitionRefused ex) {
			return form(form, Map.of(), existing, ex.getMessage(), model);
		}
		if (job == null) {
			return form(form, errors, existing, null, model);
		}
		return afterSave(user, membership, job, intent, redirect);
	}

	/** The description as candidates will see it: rendered and sanitized. */
	@PostMapping("/employer/jobs/preview")
	String preview(@RequestParam(defaultValue = "") String description, Map<String, Object> model) {
		model.put("html", SafeMarkdown.toHtml(description));
		return "employer/preview";
	}

	@PostMapping("/employer/jobs/{id}/{action:submit|renew|relist|fill|close}")
	String act(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String action,
			RedirectAttributes redirect) {
		Membership membership = members.member(user.accountId());
		long companyId = membership.companyId();
		Job job = jobs.findForCompany(companyId, id);
		if ((action.equals("submit") || action.equals("relist")) && !emailVerified(user)) {
			redirect.addFlashAttribute("error", unverified());
			return "redirect:/employer";
		}
		try {
			Job changed = switch (action) {
				case "submit" -> jobs.submit(companyId, id, actor(user));
				case "renew" -> jobs.renew(companyId, id, actor(user));
				case "relist" -> jobs.relist(companyId, id, actor(user));
				case "fill" -> jobs.markFilled(companyId, id, actor(user));
				default -> jobs.close(companyId, id, actor(user));
			};
			if (changed.getStatus() == JobStatus.PENDING_PAYMENT) {
				return checkout(changed);
			}
			redirect.addFlashAttribute("notice",
					"\"" + changed.getTitle() + "\" is now " + changed.getStatus().label().toLowerCase() + ".");
		}
		catch (JobTransitionRefused ex) {
			redirect.addFlashAttribute("error", "\"" + job.getTitle() + "\": " + ex.getMessage() + ".");
		}
		return "redirect:/employer";
	}

	private @Nullable Job saved(JobForm form, Map<String, String> errors,
			java.util.function.Function<dev.backboard.jobs.JobDetails, Job> save) {
		JobForm.Parsed parsed = form.parse(taxonomy, gazetteer);
		errors.putAll(parsed.errors());
		if (parsed.details() == null) {
			return null;
		}
		try {
			return save.apply(parsed.details());
		}
		catch (InvalidJob ex) {
			ex.fieldErrors().forEach((field, message) -> errors.putIfAbsent(JobForm.field(field), message));
			return null;
		}
	}

	private String afterSave(SignedInUser user, Membership membership, Job job, String intent,
			RedirectAttributes redirect) {
		if (!intent.equals("submit") || !job.can(dev.backboard.jobs.JobAction.SUBMIT)) {
			redirect.addFlashAttribute("notice", "Saved \"" + job.getTitle() + "\".");
			return "redirect:/employer";
		}
		if (!emailVerified(user)) {
			redirect.addFlashAttribute("error", "Saved \"" + job.getTitle() + "\" as a draft. " + unverified());
			return "redirect:/employer";
		}
		Job submitted = jobs.submit(membership.companyId(), job.getId(), actor(user));
		if (submitted.getStatus() == JobStatus.PENDING_PAYMENT) {
			return checkout(submitted);
		}
		redirect.addFlashAttribute("notice", "Submitted \"" + submitted.getTitle() + "\": it is "
				+ submitted.getStatus().label().toLowerCase() + ".");
		return "redirect:/employer";
	}

	/** Where a job that must be paid for goes after its submission. */
	private static String checkout(Job job) {
		return "redirect:/employer/jobs/" + job.getId() + "/checkout";
	}

	private String form(JobForm form, Map<String, String> errors, @Nullable Job job, @Nullable String error,
			Map<String, Object> model) {
		model.put("form", form);
		model.put("errors", errors);
		model.put("job", job);
		model.put("error", error);
		return "employer/job-form";
	}

	private boolean emailVerified(SignedInUser user) {
		return accounts.findById(user.accountId()).map(UserAccount::isEmailVerified).orElse(false);
	}

	private static String unverified() {
		return "Confirm your email address before you submit a job: open the link in the mail we sent you.";
	}

	private List<JobNotice> notices(Collection<Long> jobIds) {
		return notices.orderedStream().flatMap(source -> source.about(jobIds).stream()).toList();
	}

	private static Actor actor(SignedInUser user) {
		return Actor.person(user.accountId(), user.displayName());
	}

}
