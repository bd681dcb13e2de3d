package dev.backboard.applications.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.applications.InvalidInput;
import dev.backboard.applications.QuestionInput;
import dev.backboard.applications.QuestionKind;
import dev.backboard.applications.ScreeningQuestions;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employer's screening questions for one of the company's jobs.
 */
@Controller
class QuestionsController {

	private final ScreeningQuestions questions;

	private final JobService jobs;

	private final EmployerCompanies companies;

	QuestionsController(ScreeningQuestions questions, JobService jobs, EmployerCompanies companies) {
		this.questions = questions;
		this.jobs = jobs;
		this.companies = companies;
	}

	@GetMapping("/employer/jobs/{id}/questions")
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Map<String, Object> model) {
		Job job = jobs.findForCompany(companies.of(user), id);
		return page(job, QuestionInput.empty(), Map.of(), model);
	}

	@PostMapping("/employer/jobs/{id}/questions")
	String add(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "") String options, @RequestParam(defaultValue = "false") boolean required,
			@RequestParam(defaultValue = "") String knockoutAnswers,
			@RequestParam(defaultValue = "") String knockoutMin, @RequestParam(defaultValue = "") String knockoutMax,
			HttpServletResponse response, Map<String, Object> model) {
		long companyId = companies.of(user);
		Job job = jobs.findForCompany(companyId, id);
		QuestionInput input = new QuestionInput(kind, label, options, required, knockoutAnswers, knockoutMin,
				knockoutMax);
		try {
			questions.add(companyId, id, input);
			return "redirect:/employer/jobs/" + id + "/questions";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(job, input, ex.errors(), model);
		}
	}

	@PostMapping("/employer/jobs/{id}/questions/{questionId}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long questionId) {
		questions.delete(companies.of(user), id, questionId);
		return "redirect:/employer/jobs/" + id + "/questions";
	}

	private String page(Job job, QuestionInput input, Map<String, String> errors, Map<String, Object> model) {
		model.put("job", job);
		model.put("questions", questions.forJob(job.getId()));
		model.put("input", input);
		model.put("kinds", QuestionKind.values());
		model.put("errors", errors);
		return "applications/questions";
	}

}
