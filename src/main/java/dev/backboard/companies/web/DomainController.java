package dev.backboard.companies.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.Companies;
import dev.backboard.companies.DomainVerification;
import dev.backboard.companies.InvalidCompany;
import dev.backboard.companies.Membership;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Domain verification: a member asks for a link at an address on the website's domain,
 * then confirms it signed in. The link opens a page; only its POST changes anything.
 */
@Controller
class DomainController {

	private final DomainVerification verification;

	private final Companies companies;

	private final Employers employers;

	DomainController(DomainVerification verification, Companies companies, Employers employers) {
		this.verification = verification;
		this.companies = companies;
		this.employers = employers;
	}

	@GetMapping("/employer/company/domain")
	String domain(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String sent,
			@RequestParam(required = false) @Nullable String verified, Map<String, Object> model) {
		String notice = sent != null ? "We sent a link to " + sent + ". Open it while signed in to confirm."
				: verified != null ? "Your domain is verified." : null;
		return page(employers.member(user), model, Map.of(), Map.of(), notice);
	}

	@PostMapping("/employer/company/domain")
	String request(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String email,
			Map<String, Object> model, HttpServletResponse response) {
		Membership member = employers.member(user);
		try {
			verification.request(member.companyId(), user.accountId(), email);
			return "redirect:/employer/company/domain?sent="
					+ java.net.URLEncoder.encode(email.strip(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (InvalidCompany ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(member, model, Forms.values("email", email), ex.fieldErrors(), null);
		}
	}

	@GetMapping("/employer/company/domain/confirm/{token}")
	String confirmation(@AuthenticationPrincipal SignedInUser user, @PathVariable String token,
			Map<String, Object> model) {
		Membership member = employers.member(user);
		model.put("domain", verification.pending(token, member.companyId()));
		model.put("companyName", member.companyName());
		model.put("token", token);
		return "employer/domainConfirm";
	}

	@PostMapping("/employer/company/domain/confirm/{token}")
	String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable String token) {
		verification.confirm(token, employers.member(user).companyId());
		return "redirect:/employer/company/domain?verified";
	}

	private String page(Membership member, Map<String, Object> model, Map<String, String> values,
			Map<String, String> errors, @Nullable String notice) {
		model.put("membership", member);
		model.put("company", companies.get(member.companyId()));
		model.put("domain", verification.domainOf(member.companyId()).orElse(null));
		model.put("values", values);
		// A website at a free-mail provider or a public suffix is refused before anyone
		// types an address, next to the field.
		model.put("errors", errors.isEmpty()
				? verification.refusal(member.companyId()).map(why -> Map.of("email", why)).orElse(Map.of()) : errors);
		model.put("notice", notice);
		return "employer/domain";
	}

}
