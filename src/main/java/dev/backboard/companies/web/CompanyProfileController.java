package dev.backboard.companies.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.InvalidCompany;
import dev.backboard.companies.Membership;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Onboarding (an employer creates their company and becomes its owner) and the owners'
 * profile editor.
 */
@Controller
class CompanyProfileController {

	private final Companies companies;

	private final CompanyMembers members;

	private final Employers employers;

	CompanyProfileController(Companies companies, CompanyMembers members, Employers employers) {
		this.companies = companies;
		this.members = members;
		this.employers = employers;
	}

	@GetMapping("/employer/company/new")
	String newCompany(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		if (members.of(user.accountId()).isPresent()) {
			return "redirect:/employer/company";
		}
		return form(model, null, Map.of(), Map.of(), false);
	}

	@PostMapping("/employer/company/new")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute CompanyForm form,
			@RequestParam(required = false) @Nullable MultipartFile logo, Map<String, Object> model,
			HttpServletResponse response) {
		try {
			companies.create(user.accountId(), form, Forms.bytes(logo));
			return "redirect:/employer/company?created";
		}
		catch (InvalidCompany ex) {
			response.setStatus(status(ex));
			return form(model, null, Forms.values(form), ex.fieldErrors(), false);
		}
	}

	@GetMapping("/employer/company")
	String edit(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String created,
			@RequestParam(required = false) @Nullable String saved, Map<String, Object> model) {
		Company company = companies.get(employers.owner(user).companyId());
		model.put("notice",
				created != null ? "Your company is set up. Invite your team next." : saved != null ? "Saved." : null);
		return form(model, company, Forms.values(CompanyForm.of(company)), Map.of(), true);
	}

	@PostMapping("/employer/company")
	String update(@AuthenticationPrincipal SignedInUser user, @ModelAttribute CompanyForm form,
			@RequestParam(required = false) @Nullable MultipartFile logo, Map<String, Object> model,
			HttpServletResponse response) {
		Membership owner = employers.owner(user);
		try {
			companies.update(owner.companyId(), form, Forms.bytes(logo));
			return "redirect:/employer/company?saved";
		}
		catch (InvalidCompany ex) {
			response.setStatus(status(ex));
			return form(model, companies.get(owner.companyId()), Forms.values(form), ex.fieldErrors(), true);
		}
	}

	private static String form(Map<String, Object> model, @Nullable Company company, Map<String, String> values,
			Map<String, String> errors, boolean editing) {
		model.put("company", company);
		model.put("values", values);
		model.put("errors", errors);
		model.putIfAbsent("notice", null);
		return editing ? "employer/company" : "employer/newCompany";
	}

	private static int status(InvalidCompany ex) {
		return (ex.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST).value();
	}

}
