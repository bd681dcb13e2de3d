package dev.backboard.companies.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.ApiScope;
import dev.backboard.companies.ApiTokens;
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
 * Owners create API tokens (each shown once, in the answer to the POST that made it), see
 * when they were last used and revoke them.
 */
@Controller
class TokenController {

	private final ApiTokens tokens;

	private final Employers employers;

	TokenController(ApiTokens tokens, Employers employers) {
		this.tokens = tokens;
		this.employers = employers;
	}

	@GetMapping("/employer/tokens")
	String tokens(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String revoked,
			Map<String, Object> model) {
		return page(employers.owner(user), model, Map.of(), Map.of(), null,
				revoked != null ? "The token is revoked." : null);
	}

	@PostMapping("/employer/tokens")
	String create(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable List<String> scopes, Map<String, Object> model,
			HttpServletResponse response) {
		Membership owner = employers.owner(user);
		try {
			ApiTokens.Created created = tokens.create(owner.companyId(), user.accountId(), name,
					scopes == null ? List.of() : scopes);
			return page(owner, model, Map.of(), Map.of(), created.secret(), null);
		}
		catch (InvalidCompany ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(owner, model, Forms.values("name", name), ex.fieldErrors(), null, null);
		}
	}

	@PostMapping("/employer/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		tokens.revoke(employers.owner(user).companyId(), id);
		return "redirect:/employer/tokens?revoked";
	}

	private String page(Membership owner, Map<String, Object> model, Map<String, String> values,
			Map<String, String> errors, @Nullable String secret, @Nullable String notice) {
		model.put("tokens", tokens.list(owner.companyId()));
		model.put("scopes", List.of(ApiScope.values()));
		model.put("values", values);
		model.put("errors", errors);
		model.put("secret", secret);
		model.put("notice", notice);
		return "employer/tokens";
	}

}
