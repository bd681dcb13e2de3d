package dev.backboard.companies.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import dev.backboard.companies.ApiClient;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company an API token acts for, so that integrations can check which one they are
 * wired to.
 */
@RestController
@Tag(name = "Employer jobs")
class CompanyApiController {

	private final Companies companies;

	CompanyApiController(Companies companies) {
		this.companies = companies;
	}

	/**
	 * The token's company.
	 *
	 * @param id its id
	 * @param slug its URL name
	 * @param name its name
	 * @param website its website
	 * @param verified whether it proved it owns its website's domain
	 */
	record CompanyResponse(@Schema(example = "17") long id, @Schema(example = "acme") String slug,
			@Schema(example = "Acme") String name,
			@Schema(example = "https://acme.example.com") @Nullable String website,
			@Schema(example = "true") boolean verified) {
	}

	@GetMapping("/api/v1/company")
	@Operation(operationId = "getCompany", summary = "Read your token's company")
	CompanyResponse company(@AuthenticationPrincipal ApiClient client) {
		Company company = companies.get(client.companyId());
		return new CompanyResponse(company.getId(), company.getSlug(), company.getName(), company.getWebsite(),
				company.isVerified());
	}

}
