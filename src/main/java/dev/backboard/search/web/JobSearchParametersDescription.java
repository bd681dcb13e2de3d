package dev.backboard.search.web;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Says in the OpenAPI description what each search parameter means, as the search page
 * reads it ({@link dev.backboard.search.JobQuery}).
 */
@Component
class JobSearchParametersDescription implements OpenApiCustomizer {

	private static final Map<String, String> MEANINGS = Map.ofEntries(
			Map.entry("q", "Free text: words, \"quoted phrases\", -exclusions and OR"),
			Map.entry("skills", "Skill slugs or aliases (golang, postgres) that every result must have"),
			Map.entry("workplace", "Any of these workplace types"),
			Map.entry("country", "Located in any of these countries (ISO 3166 codes)"),
			Map.entry("near", "A city (\"Berlin\", \"Portland, US\") or \"latitude,longitude\" to search around"),
			Map.entry("radius", "The distance from near, in km"),
			Map.entry("remoteFrom", "Remote jobs open to people living in this country (ISO code)"),
			Map.entry("salaryMin", "The least annual pay, in currency, with at most two decimals"),
			Map.entry("currency", "The currency of salaryMin and of the salary facets (ISO 4217)"),
			Map.entry("seniority", "Any of these levels"), Map.entry("employment", "Any of these contracts"),
			Map.entry("visa", "Only jobs that sponsor a work visa"),
			Map.entry("postedWithin", "Posted in the last N days"),
			Map.entry("company", "Any of these companies (slugs)"), Map.entry("sort", "The order of results"),
			Map.entry("page", "The page, from 1"), Map.entry("size", "Results per page, at most 100"));

	@Override
	public void customise(OpenAPI openApi) {
		PathItem search = openApi.getPaths().get("/api/v1/jobs");
		Operation get = search == null ? null : search.getGet();
		if (get == null || get.getParameters() == null) {
			return;
		}
		get.getParameters().forEach(parameter -> {
			String meaning = MEANINGS.get(parameter.getName());
			if (meaning != null && parameter.getDescription() == null) {
				parameter.setDescription(meaning);
			}
		});
	}

}
