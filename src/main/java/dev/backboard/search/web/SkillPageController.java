package dev.backboard.search.web;

import java.util.List;

import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.JobSearchResult;
import dev.backboard.search.SkillNotes;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A landing page per technology: "PostgreSQL backend jobs".
 */
@Controller
class SkillPageController {

	private final JobSearch search;

	private final Taxonomy taxonomy;

	private final List<SkillNotes> notes;

	SkillPageController(JobSearch search, Taxonomy taxonomy, List<SkillNotes> notes) {
		this.search = search;
		this.taxonomy = taxonomy;
		this.notes = notes;
	}

	@GetMapping("/skills/{name}")
	String skill(@PathVariable String name, Model model) {
		Skill skill = taxonomy.resolve(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!skill.slug().equals(name)) {
			return "redirect:/skills/" + skill.slug();
		}
		JobSearchResult result = search.search(JobQuery.builder().skills(skill.slug()).build());
		model.addAttribute("result", result);
		model.addAttribute("heading", skill.name() + " backend jobs");
		model.addAttribute("intro", result.total() + " open backend engineering jobs that ask for " + skill.name()
				+ ". Narrow them by workplace, country, pay and seniority.");
		model.addAttribute("canonical", "/skills/" + skill.slug());
		model.addAttribute("notes", notes.stream().flatMap(source -> source.note(skill).stream()).toList());
		return "jobs/search";
	}

}
