package dev.backboard.candidates.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.candidates.InvalidResume;
import dev.backboard.candidates.ResumeNotFound;
import dev.backboard.candidates.Resumes;
import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The candidate's résumés: list, upload, download (as an attachment, never shown inline)
 * and delete. Only the owner reaches a résumé here; anyone else's id is a 404.
 */
@Controller
class ResumeController {

	private final Resumes resumes;

	private final RateLimits rateLimits;

	ResumeController(Resumes resumes, RateLimits rateLimits) {
		this.resumes = resumes;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/candidate/resumes")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> flags,
			Map<String, Object> model) {
		String notice = flags.containsKey("uploaded") ? "Your résumé was uploaded."
				: flags.containsKey("deleted") ? "The résumé was deleted." : null;
		return page(user, null, notice, model);
	}

	@PostMapping("/candidate/resumes")
	String upload(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) @Nullable MultipartFile file, HttpServletResponse response,
			Map<String, Object> model) throws IOException {
		if (file == null || file.isEmpty()) {
			return page(user, "Choose a PDF or Word file to upload.", null, model);
		}
		rateLimits.consume("resume-uploads", Long.toString(user.accountId()));
		try {
			// The multipart limit bounds what is read here; the résumé limit is checked
			// on the bytes.
			resumes.upload(user.accountId(), file.getOriginalFilename(), file.getBytes());
			return "redirect:/candidate/resumes?uploaded";
		}
		catch (InvalidResume ex) {
			if (ex.tooLarge()) {
				response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			}
			return page(user, ex.getMessage(), null, model);
		}
	}

	@GetMapping("/candidate/resumes/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
		return resumes.readOwn(user.accountId(), parse(id)).asAttachment();
	}

	@PostMapping("/candidate/resumes/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
		resumes.delete(user.accountId(), parse(id));
		return "redirect:/candidate/resumes?deleted";
	}

	private String page(SignedInUser user, @Nullable String error, @Nullable String notice, Map<String, Object> model) {
		model.put("resumes", resumes.forAccount(user.accountId()));
		model.put("error", error);
		model.put("notice", notice);
		return "candidates/resumes";
	}

	/** An id that is not even a UUID is as missing as any other. */
	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResumeNotFound();
		}
	}

}
