package dev.backboard.candidates.web;

import java.util.List;
import java.util.Map;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.candidates.CandidateProfiles;
import dev.backboard.candidates.InvalidProfile;
import dev.backboard.candidates.ProfileInput;
import dev.backboard.candidates.RemotePreference;
import dev.backboard.core.SafeMarkdown;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's profile form: shown filled with what was saved, saved whole or shown
 * again with what was typed and a message next to each field to fix.
 */
@Controller
class ProfileController {

	private final CandidateProfiles profiles;

	private final SalaryNormalizer salaries;

	ProfileController(CandidateProfiles profiles, SalaryNormalizer salaries) {
		this.profiles = profiles;
		this.salaries = salaries;
	}

	@GetMapping("/candidate")
	String start() {
		return "redirect:/candidate/profile";
	}

	@GetMapping("/candidate/profile")
	String profile(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "saved", required = false) String saved, Map<String, Object> model) {
		return page(user, profiles.form(user.accountId()), Map.of(), saved != null, model);
	}

	@PostMapping("/candidate/profile")
	String save(@AuthenticationPrincipal SignedInUser user, @ModelAttribute ProfileInput input,
			Map<String, Object> model) {
		try {
			profiles.save(user.accountId(), input);
			return "redirect:/candidate/profile?saved";
		}
		catch (InvalidProfile ex) {
			return page(user, input, ex.errors(), false, model);
		}
	}

	private String page(SignedInUser user, ProfileInput input, Map<String, String> errors, boolean saved,
			Map<String, Object> model) {
		model.put("input", input);
		model.put("errors", errors);
		model.put("saved", saved);
		// The preview shows what was saved, rendered through the sanitizer, never the
		// text being edited.
		model.put("summaryHtml",
				profiles.find(user.accountId()).map(profile -> SafeMarkdown.toHtml(profile.summary())).orElse(""));
		model.put("seniorities", List.of(Seniority.values()));
		model.put("remotePreferences", List.of(RemotePreference.values()));
		model.put("currencies", List.copyOf(salaries.currencies()));
		model.put("periods", List.of(SalaryPeriod.values()));
		return "candidates/profile";
	}

}
