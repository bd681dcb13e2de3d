package dev.backboard.stilllive.web;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.stilllive.StillLive;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A company member says a flagged job's apply page is fine. Another company's job answers
 * 404 like a missing one.
 */
@Controller
class StillLiveController {

	private final StillLive stillLive;

	private final CompanyMembers members;

	StillLiveController(StillLive stillLive, CompanyMembers members) {
		this.stillLive = stillLive;
		this.members = members;
	}

	@PostMapping("/employer/jobs/{id}/still-live/dismiss")
	String dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		long companyId = members.member(user.accountId()).companyId();
		if (stillLive.dismiss(companyId, id)) {
			redirect.addFlashAttribute("notice",
					"Noted: the apply page is fine. It is not flagged again unless its URL changes.");
		}
		else {
			redirect.addFlashAttribute("error", "That job's apply page is not flagged.");
		}
		return "redirect:/employer";
	}

}
