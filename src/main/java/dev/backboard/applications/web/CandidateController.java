package dev.backboard.applications.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.applications.CandidateApplications;
import dev.backboard.applications.SavedJobs;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's applications (with withdrawal, one click) and saved jobs. Another
 * candidate's application is a 404.
 */
@Controller
class CandidateController {

	private final CandidateApplications applications;

	private final SavedJobs savedJobs;

	CandidateController(CandidateApplications applications, SavedJobs savedJobs) {
		this.applications = applications;
		this.savedJobs = savedJobs;
	}

	@GetMapping("/candidate/applications")
	String applications(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) @Nullable Long submitted,
			@RequestParam(required = false) @Nullable String withdrawn, Map<String, Object> model) {
		model.put("applications", applications.of(user.accountId()));
		model.put("submitted", submitted);
		model.put("withdrawn", withdrawn != null);
		return "applications/mine";
	}

	@PostMapping("/candidate/applications/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		applications.withdraw(user.accountId(), id);
		return "redirect:/candidate/applications?withdrawn";
	}

	@GetMapping("/candidate/saved")
	String saved(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		model.put("jobs", savedJobs.of(user.accountId()));
		return "applications/saved";
	}

	@PostMapping("/candidate/saved/{id}/delete")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		savedJobs.remove(user.accountId(), id);
		return "redirect:/candidate/saved";
	}

}
