package dev.backboard.companies.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.InvalidCompany;
import dev.backboard.companies.Invitations;
import dev.backboard.companies.LastOwner;
import dev.backboard.companies.MemberRole;
import dev.backboard.companies.Membership;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The owners' team page: who is in the company, invitations by email, role changes and
 * removals. A company always keeps at least one owner.
 */
@Controller
class TeamController {

	private final CompanyMembers members;

	private final Invitations invitations;

	private final Employers employers;

	TeamController(CompanyMembers members, Invitations invitations, Employers employers) {
		this.members = members;
		this.invitations = invitations;
		this.employers = employers;
	}

	@GetMapping("/employer/team")
	String team(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String invited,
			@RequestParam(required = false) @Nullable String changed, Map<String, Object> model) {
		String notice = invited != null ? "Invitation sent." : changed != null ? "Team updated." : null;
		return page(employers.owner(user), model, Map.of(), Map.of(), notice, null);
	}

	@PostMapping("/employer/team/invitations")
	String invite(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "RECRUITER") MemberRole role, Map<String, Object> model,
			HttpServletResponse response) {
		Membership owner = employers.owner(user);
		try {
			invitations.invite(owner.companyId(), user.accountId(), email, role);
			return "redirect:/employer/team?invited";
		}
		catch (InvalidCompany ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(owner, model, Forms.values("email", email), ex.fieldErrors(), null, null);
		}
	}

	@PostMapping("/employer/team/members/{accountId}/role")
	String changeRole(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId,
			@RequestParam MemberRole role, Map<String, Object> model, HttpServletResponse response) {
		Membership owner = employers.owner(user);
		try {
			members.changeRole(owner.companyId(), accountId, role);
			return accountId == user.accountId() && role != MemberRole.OWNER ? "redirect:/employer/company/membership"
					: "redirect:/employer/team?changed";
		}
		catch (LastOwner ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(owner, model, Map.of(), Map.of(), null, ex.getMessage());
		}
	}

	@PostMapping("/employer/team/members/{accountId}/remove")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId, Map<String, Object> model,
			HttpServletResponse response) {
		Membership owner = employers.owner(user);
		try {
			members.remove(owner.companyId(), accountId);
			return accountId == user.accountId() ? "redirect:/account" : "redirect:/employer/team?changed";
		}
		catch (LastOwner ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(owner, model, Map.of(), Map.of(), null, ex.getMessage());
		}
	}

	private String page(Membership owner, Map<String, Object> model, Map<String, String> values,
			Map<String, String> errors, @Nullable String notice, @Nullable String problem) {
		model.put("membership", owner);
		model.put("members", members.members(owner.companyId()));
		model.put("invitations", invitations.pending(owner.companyId()));
		model.put("values", values);
		model.put("errors", errors);
		model.put("notice", notice);
		model.put("problem", problem);
		return "employer/team";
	}

}
