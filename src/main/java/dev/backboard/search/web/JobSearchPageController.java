package dev.backboard.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.JobSearchResult;
import dev.backboard.search.SearchDone;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page. The URL carries the whole search, so it can be shared and works
 * without JavaScript; htmx requests get only the results fragment.
 */
@Controller
class JobSearchPageController {

	private final JobSearch search;

	private final ApplicationEventPublisher events;

	JobSearchPageController(JobSearch search, ApplicationEventPublisher events) {
		this.search = search;
		this.events = events;
	}

	@GetMapping("/jobs")
	String search(@Valid @ModelAttribute("query") JobQuery query, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		String error = binding.hasErrors() ? describe(binding) : null;
		JobSearchResult result = null;
		if (error == null) {
			try {
				result = search.search(query);
				if (SearchDone.firstPage(query)) {
					events.publishEvent(SearchDone.of(query, result.total()));
				}
			}
			catch (InvalidSearch ex) {
				error = ex.parameter() + ": " + ex.getMessage();
			}
		}
		if (result == null) {
			// The message goes next to the results of an unfiltered search, never to an
			// error page.
			result = search.search(JobQuery.empty());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("result", result);
		model.addAttribute("error", error);
		if (htmx != null) {
			return "jobs/results";
		}
		model.addAttribute("heading",
				result.query().q() == null ? "Backend engineering jobs" : "Jobs matching “" + result.query().q() + "”");
		return "jobs/search";
	}

	@GetMapping("/suggest")
	String suggest(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("suggestions", q.length() > 100 ? List.of() : search.suggest(q, 5));
		return "jobs/suggestions";
	}

	static String describe(BindingResult binding) {
		StringBuilder message = new StringBuilder();
		for (FieldError error : binding.getFieldErrors()) {
			message.append(message.isEmpty() ? "" : "; ")
				.append(error.getField())
				.append(": ")
				.append(error.isBindingFailure() ? "\"" + error.getRejectedValue() + "\" is not a valid value"
						: error.getDefaultMessage());
		}
		return message.toString();
	}

}
