package dev.backboard.candidates.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.candidates.CandidateProfiles;
import dev.backboard.candidates.InvalidProfile;
import dev.backboard.candidates.InvalidResume;
import dev.backboard.candidates.ProfileInput;
import dev.backboard.candidates.Resume;
import dev.backboard.candidates.Resumes;
import dev.backboard.core.FieldProblems;
import dev.backboard.core.Secrets;
import dev.backboard.core.idempotency.IdempotentReplies;
import dev.backboard.core.idempotency.StoredResponse;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.oauth.AppUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A candidate's profile and résumés, for the apps they authorized: the same rules and
 * messages as their pages. A profile is changed whole, with the ETag it was read with.
 */
@RestController
@Tag(name = "Candidate", description = "The signed-in candidate's profile and résumés, through an app they authorized")
class CandidateApiController {

	private final CandidateProfiles profiles;

	private final Resumes resumes;

	private final RateLimits rateLimits;

	private final IdempotentReplies idempotent;

	private final JsonMapper json;

	CandidateApiController(CandidateProfiles profiles, Resumes resumes, RateLimits rateLimits,
			IdempotentReplies idempotent, JsonMapper json) {
		this.profiles = profiles;
		this.resumes = resumes;
		this.rateLimits = rateLimits;
		this.idempotent = idempotent;
		this.json = json;
	}

	/**
	 * A résumé as listed.
	 *
	 * @param id its id
	 * @param name the file name shown
	 * @param type PDF or DOCX
	 * @param size its size in bytes
	 * @param uploadedAt when it was uploaded
	 */
	record ResumeResponse(@Schema(example = "6f1c2a7e-3d1b-4a55-9f7e-0c2b1d9e4a10") UUID id,
			@Schema(example = "jane-doe.pdf") String name, @Schema(example = "PDF") String type,
			@Schema(example = "48213") int size,
			@Schema(example = "2026-12-01T09:30:00Z") java.time.Instant uploadedAt) {

		static ResumeResponse of(Resume resume) {
			return new ResumeResponse(resume.id(), resume.downloadName(), resume.type().name(), resume.size(),
					resume.createdAt());
		}

	}

	@GetMapping("/api/v1/me/profile")
	@Operation(operationId = "getProfile", summary = "Read your profile", description = """
			Every field as text, as the profile page shows it. The ETag goes with If-Match on the next PUT.""")
	@ApiResponse(responseCode = "200", description = "The profile (empty fields for a new one)",
			content = @Content(schema = @Schema(implementation = ProfileInput.class)))
	ResponseEntity<ProfileInput> profile(@AuthenticationPrincipal AppUser user) {
		ProfileInput profile = profiles.form(user.accountId());
		return ResponseEntity.ok().eTag(etag(profile)).body(profile);
	}

	@PutMapping(path = "/api/v1/me/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceProfile", summary = "Replace your profile", description = """
			Saves the whole profile or nothing: a bad field is a 400 naming it with the page's message. \
			If-Match must carry the ETag of the profile this change was made to (428 without it, 412 when \
			it changed since).""")
	@ApiResponse(responseCode = "200", description = "Saved",
			content = @Content(schema = @Schema(implementation = ProfileInput.class)))
	@ApiResponse(responseCode = "412", description = "The profile changed since that ETag was read",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "428", description = "No If-Match",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<?> updateProfile(@AuthenticationPrincipal AppUser user,
			@Parameter(description = "The ETag from GET /api/v1/me/profile", required = true) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ProfileInput input) {
		if (ifMatch == null) {
			return problem(HttpStatus.PRECONDITION_REQUIRED,
					"Send If-Match with the ETag from GET /api/v1/me/profile to change it.");
		}
		if (!ifMatch.strip().equals(etag(profiles.form(user.accountId())))) {
			return problem(HttpStatus.PRECONDITION_FAILED,
					"The profile has changed since that ETag was read; GET it again and apply your change to it.");
		}
		profiles.save(user.accountId(), input);
		ProfileInput saved = profiles.form(user.accountId());
		return ResponseEntity.ok().eTag(etag(saved)).body(saved);
	}

	@GetMapping("/api/v1/me/resumes")
	@Operation(operationId = "listResumes", summary = "List your résumés")
	List<ResumeResponse> resumes(@AuthenticationPrincipal AppUser user) {
		return resumes.forAccount(user.accountId()).stream().map(ResumeResponse::of).toList();
	}

	@PostMapping(path = "/api/v1/me/resumes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "uploadResume", summary = "Upload a résumé", description = """
			A PDF or Word (.docx) file in the part "file", recognized by its content. Too large is a 413; \
			another type a 400. With an Idempotency-Key, a retry of the same file gets the first answer.""")
	@ApiResponse(responseCode = "201", description = "Uploaded",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResumeResponse.class)))
	@ApiResponse(responseCode = "413", description = "Over the size limit: errors names file",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<String> upload(@AuthenticationPrincipal AppUser user, @RequestPart("file") MultipartFile file,
			@Parameter(description = "Any unique string up to 255 characters, e.g. a UUID") @RequestHeader(
					name = "Idempotency-Key", required = false) @Nullable String idempotencyKey)
			throws IOException {
		rateLimits.consume("resume-uploads", Long.toString(user.accountId()));
		byte[] content = file.getBytes();
		String name = file.getOriginalFilename();
		return idempotent.reply("account:" + user.accountId(), idempotencyKey,
				"resume:" + name + ":" + Secrets.sha256(content), () -> {
					ResumeResponse uploaded = ResumeResponse.of(resumes.upload(user.accountId(), name, content));
					return new StoredResponse(201, "/api/v1/me/resumes/" + uploaded.id(), null,
							json.writeValueAsString(uploaded));
				});
	}

	@GetMapping("/api/v1/me/resumes/{id}")
	@Operation(operationId = "downloadResume", summary = "Download a résumé",
			description = "As an attachment; another person's id is a 404.")
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "application/octet-stream",
					schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
		return resumes.readOwn(user.accountId(), id).asAttachment();
	}

	@DeleteMapping("/api/v1/me/resumes/{id}")
	@Operation(operationId = "deleteResume", summary = "Delete a résumé")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
		resumes.delete(user.accountId(), id);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InvalidProfile.class)
	ResponseEntity<ProblemDetail> invalidProfile(InvalidProfile ex) {
		return ResponseEntity.badRequest().body(FieldProblems.of(ex.errors()));
	}

	@ExceptionHandler(InvalidResume.class)
	ResponseEntity<ProblemDetail> invalidResume(InvalidResume ex) {
		HttpStatus status = ex.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(FieldProblems.of(status, Map.of("file", ex.getMessage())));
	}

	private static String etag(ProfileInput profile) {
		return "\"" + Secrets.sha256(profile.toString()).substring(0, 32) + "\"";
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
