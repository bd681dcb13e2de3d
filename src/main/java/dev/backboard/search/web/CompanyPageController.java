package dev.backboard.search.web;

import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyNotFound;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.JobService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A company's public page: its profile and open jobs. It lives here because it needs both
 * companies and jobs, and the companies module may not depend on jobs.
 */
@Controller
class CompanyPageController {

	private static final int JOB_LIMIT = 50;

	private final Companies companies;

	private final JobService jobs;

	private final BackboardProperties board;

	CompanyPageController(Companies companies, JobService jobs, BackboardProperties board) {
		this.companies = companies;
		this.jobs = jobs;
		this.board = board;
	}

	@GetMapping("/companies/{slug}")
	String company(@PathVariable String slug, Model model) {
		Company company = companies.findBySlug(slug).orElseThrow(CompanyNotFound::new);
		model.addAttribute("company", company);
		model.addAttribute("jobs", jobs.findPublishedByCompany(company.getId(), JOB_LIMIT));
		model.addAttribute("canonical", board.baseUrl() + "/companies/" + company.getSlug());
		return "companies/company";
	}

}
