package dev.backboard.web;

import dev.backboard.search.JobSearch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: live figures, top skills, featured and latest jobs.
 */
@Controller
class HomeController {

	private final JobSearch search;

	HomeController(JobSearch search) {
		this.search = search;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("stats", search.stats());
		model.addAttribute("featured", search.latest(true, 6));
		model.addAttribute("latest", search.latest(false, 10));
		return "home";
	}

}
