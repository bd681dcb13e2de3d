package dev.backboard.applications.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.applications.ApplicationForm;
import dev.backboard.applications.Applying;
import dev.backboard.applications.InvalidInput;
import dev.backboard.applications.Question;
import dev.backboard.applications.ScreeningQuestions;
import dev.backboard.applications.Submitted;
import dev.backboard.candidates.InvalidResume;
import dev.backboard.candidates.Resumes;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.jobs.Job;

import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applying on Backboard: the form, pre-filled from the profile, and its submission. Only
 * candidates reach it (see the security rules); only published jobs that take
 * applications here have it.
 */
@Controller
class ApplyController {

	private final Applying applying;

	private final ScreeningQuestions questions;

	private final Resumes resumes;

	private final RateLimits rateLimits;

	ApplyController(Applying applying, ScreeningQuestions questions, Resumes resumes, RateLimits rateLimits) {
		this.applying = applying;
		this.questions = questions;
		this.resumes = resumes;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/jobs/{slug}/apply")
	String form(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug,
			@RequestParam(required = false) @Nullable String src, HttpServletRequest request,
			Map<String, Object> model) {
		Job job = applying.openJob(slug);
		var existing = applying.existing(job.getId(), user.accountId());
		if (existing.isPresent()) {
			return "redirect:/candidate/applications?submitted=" + existing.get();
		}
		model.put("src", source(src != null ? src : srcOf(request.getHeader("Referer"))));
		return page(user, job, applying.prefilled(user.accountId(), user.displayName()), Map.of(), model);
	}

	/**
	 * Where the candidate came to the job from ({@code search}, {@code alert},
	 * {@code feed}), carried through the form in a hidden field for analytics, which
	 * counts any value it does not know as direct.
	 */
	private static String source(@Nullable String src) {
		String value = src == null ? "" : src.strip().toLowerCase(java.util.Locale.ROOT);
		return value.matches("[a-z]{1,16}") ? value : "direct";
	}

	private static @Nullable String srcOf(@Nullable String referer) {
		if (referer == null || referer.isBlank()) {
			return null;
		}
		try {
			return org.springframework.web.util.UriComponentsBuilder.fromUriString(referer.strip())
				.build()
				.getQueryParams()
				.getFirst("src");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@PostMapping("/jobs/{slug}/apply")
	String apply(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug,
			@RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) @Nullable MultipartFile resumeFile, HttpServletRequest request,
			HttpServletResponse response, Map<String, Object> model) throws IOException {
		rateLimits.consume("apply-account", Long.toString(user.accountId()));
		rateLimits.consume("apply-ip", request.getRemoteAddr());
		Job job = applying.openJob(slug);
		var existing = applying.existing(job.getId(), user.accountId());
		if (existing.isPresent()) {
			return "redirect:/candidate/applications?submitted=" + existing.get();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		ApplicationForm form = form(params, errors);
		errors.putAll(applying.check(job, user.accountId(), form));
		if (errors.isEmpty() && resumeFile != null && !resumeFile.isEmpty()) {
			try {
				UUID uploaded = resumes
					.upload(user.accountId(), resumeFile.getOriginalFilename(), resumeFile.getBytes())
					.id();
				form = new ApplicationForm(form.name(), form.headline(), uploaded, form.coverLetter(), form.answers(),
						form.consent());
			}
			catch (InvalidResume ex) {
				errors.put("resume", ex.getMessage());
			}
		}
		model.put("src", source(params.getFirst("src")));
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, job, form, errors, model);
		}
		try {
			Submitted submitted = applying.submit(job, user.accountId(), user.email(), form);
			return "redirect:/candidate/applications?submitted=" + submitted.applicationId();
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, job, form, ex.errors(), model);
		}
	}

	private static ApplicationForm form(MultiValueMap<String, String> params, Map<String, String> errors) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.matches("q\\d{1,18}")) {
				answers.put(name, values);
			}
		});
		UUID resumeId = null;
		String picked = params.getFirst("resume");
		if (picked != null && !picked.isBlank()) {
			try {
				resumeId = UUID.fromString(picked.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("resume", "choose one of your résumés");
			}
		}
		return new ApplicationForm(text(params, "name"), text(params, "headline"), resumeId,
				text(params, "coverLetter"), answers, "true".equals(params.getFirst("consent")));
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value;
	}

	private String page(SignedInUser user, Job job, ApplicationForm form, Map<String, String> errors,
			Map<String, Object> model) {
		List<Question> asked = questions.forJob(job.getId());
		model.put("job", job);
		model.put("form", form);
		model.put("questions", asked);
		model.put("resumes", resumes.forAccount(user.accountId()));
		model.put("consentText", applying.consentText(job));
		model.put("email", user.email());
		model.put("errors", errors);
		return "applications/apply";
	}

	/** The address of an apply link that leaves Backboard, for the counted click-out. */
	static URI clickOut(Job job) {
		return switch (job.getApplyMethod()) {
			case BACKBOARD -> URI.create("/jobs/" + job.getSlug() + "/apply");
			case URL -> URI.create(job.getApplyUrl() == null ? "/jobs/" + job.getSlug() : job.getApplyUrl());
			case EMAIL -> URI.create("mailto:" + job.getApplyEmail() + "?subject="
					+ URLEncoder.encode("Application: " + job.getTitle(), StandardCharsets.UTF_8).replace("+", "%20"));
		};
	}

}
