package dev.backboard.search.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import dev.backboard.search.Facet;
import dev.backboard.search.JobHit;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.JobSearchResult;
import dev.backboard.search.SearchDone;
import dev.backboard.search.Suggestion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job search over JSON: the same parameters as the search page.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Jobs", description = "Search and read published jobs; no token needed")
class JobSearchApiController {

	private final JobSearch search;

	private final ApplicationEventPublisher events;

	JobSearchApiController(JobSearch search, ApplicationEventPublisher events) {
		this.search = search;
		this.events = events;
	}

	/**
	 * A page of results.
	 *
	 * @param total how many jobs match
	 * @param page this page, from 1
	 * @param size results per page
	 * @param pageCount how many pages there are
	 * @param results this page's jobs
	 * @param facets counts per filter value
	 * @param interpretation how the text was understood
	 * @param links this page and its neighbours
	 */
	record SearchResponse(@Schema(example = "42") long total, @Schema(example = "1") int page,
			@Schema(example = "20") int size, @Schema(example = "3") int pageCount, List<JobHit> results,
			List<Facet> facets, @Schema(example = "[\"skill: Go\", \"place: Berlin\"]") List<String> interpretation,
			Links links) {
	}

	/**
	 * Links between pages, as paths with their query strings.
	 */
	record Links(@Schema(example = "/api/v1/jobs?q=golang&page=2") String self,
			@Schema(example = "/api/v1/jobs?q=golang&page=3") @Nullable String next,
			@Schema(example = "/api/v1/jobs?q=golang&page=1") @Nullable String prev) {
	}

	@GetMapping("/jobs")
	@Operation(operationId = "searchJobs", summary = "Search jobs", description = """
			The search page's parameters, as query parameters: each list parameter may be repeated \
			(skills=go&skills=postgresql). A bad value is a 400 naming the parameter.""")
	SearchResponse search(@Valid @ParameterObject @ModelAttribute JobQuery query) {
		JobSearchResult result = search.search(query);
		if (SearchDone.firstPage(query)) {
			events.publishEvent(SearchDone.of(query, result.total()));
		}
		String next = result.hasNext() ? link(query.withPage(result.page() + 1)) : null;
		String prev = result.hasPrevious() ? link(query.withPage(result.page() - 1)) : null;
		return new SearchResponse(result.total(), result.page(), result.size(), result.pageCount(), result.hits(),
				result.facets(), result.interpretation(), new Links(link(query), next, prev));
	}

	@GetMapping("/suggest")
	@Operation(operationId = "suggestSearches", summary = "Suggest searches as you type")
	List<Suggestion> suggest(
			@Parameter(description = "What was typed so far") @RequestParam @Size(min = 1, max = 100) String q,
			@Parameter(description = "How many suggestions") @RequestParam(
					defaultValue = "5") @Min(1) @Max(10) int limit) {
		return search.suggest(q, limit);
	}

	private static String link(JobQuery query) {
		return query.toPath("/api/v1/jobs");
	}

}
