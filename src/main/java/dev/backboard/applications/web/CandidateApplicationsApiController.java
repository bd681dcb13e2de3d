package dev.backboard.applications.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.UserAccount;
import dev.backboard.applications.ApplicationForm;
import dev.backboard.applications.ApplicationNotFound;
import dev.backboard.applications.Applying;
import dev.backboard.applications.CandidateApplication;
import dev.backboard.applications.CandidateApplications;
import dev.backboard.applications.InvalidInput;
import dev.backboard.applications.SavedJob;
import dev.backboard.applications.SavedJobs;
import dev.backboard.applications.ScreeningQuestions;
import dev.backboard.applications.Submitted;
import dev.backboard.core.FieldProblems;
import dev.backboard.core.idempotency.IdempotentReplies;
import dev.backboard.core.idempotency.StoredResponse;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.jobs.Job;
import dev.backboard.oauth.AppUser;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * A candidate's applications and saved jobs, for the apps they authorized: applying runs
 * the same checks as the apply page (screening answers, knock-outs, consent, one
 * application per job, rate limits).
 */
@RestController
@Tag(name = "Candidate", description = "The signed-in candidate's profile and résumés, through an app they authorized")
class CandidateApplicationsApiController {

	private final Applying applying;

	private final ScreeningQuestions questions;

	private final CandidateApplications applications;

	private final SavedJobs saved;

	private final Accounts accounts;

	private final RateLimits rateLimits;

	private final IdempotentReplies idempotent;

	private final JsonMapper json;

	CandidateApplicationsApiController(Applying applying, ScreeningQuestions questions,
			CandidateApplications applications, SavedJobs saved, Accounts accounts, RateLimits rateLimits,
			IdempotentReplies idempotent, JsonMapper json) {
		this.applying = applying;
		this.questions = questions;
		this.applications = applications;
		this.saved = saved;
		this.accounts = accounts;
		this.rateLimits = rateLimits;
		this.idempotent = idempotent;
		this.json = json;
	}

	/**
	 * An application to send.
	 *
	 * @param job the job's slug
	 * @param name the name the employer sees; the account's name when absent
	 * @param headline one line about you; the profile's when absent
	 * @param resumeId one of your résumés
	 * @param coverLetter up to 5000 characters
	 * @param answers the screening answers, by question field (e.g. "q12"), each a list
	 * of values
	 * @param consent true to agree to the processing described in GET
	 * /api/v1/me/application-forms/{slug}
	 */
	record ApplicationRequest(
			@Schema(example = "senior-backend-engineer-acme-3f9a",
					requiredMode = Schema.RequiredMode.REQUIRED) String job,
			@Schema(example = "Jane Doe") @Nullable String name,
			@Schema(example = "Backend engineer, 8 years of Java") @Nullable String headline,
			@Schema(example = "6f1c2a7e-3d1b-4a55-9f7e-0c2b1d9e4a10") @Nullable UUID resumeId,
			@Schema(example = "I have run Go services on PostgreSQL in production for six years.") @Nullable String coverLetter,
			@Schema(example = "{\"q12\": [\"yes\"]}") @Nullable Map<String, List<String>> answers,
			@Schema(example = "true") boolean consent) {
	}

	/**
	 * An application as the candidate sees it.
	 *
	 * @param id its id
	 * @param jobTitle the job's title
	 * @param jobSlug the job's slug
	 * @param companyName the employer
	 * @param status where it stands, in the candidate's words (e.g. "In review",
	 * "Withdrawn")
	 * @param withdrawn whether the candidate withdrew it
	 * @param lastChange when it last changed
	 */
	record ApplicationResponse(@Schema(example = "42") long id,
			@Schema(example = "Senior Backend Engineer") String jobTitle,
			@Schema(example = "senior-go-engineer-acme-3f9a") String jobSlug,
			@Schema(example = "Acme") String companyName, @Schema(example = "In review") String status,
			@Schema(example = "false") boolean withdrawn,
			@Schema(example = "2026-12-01T09:30:00Z") Instant lastChange) {

		static ApplicationResponse of(CandidateApplication application) {
			return new ApplicationResponse(application.id(), application.jobTitle(), application.jobSlug(),
					application.companyName(), application.status(), application.withdrawn(), application.lastChange());
		}

	}

	/**
	 * A saved job.
	 *
	 * @param slug the job's slug
	 * @param title its title
	 * @param companyName its employer
	 * @param savedAt when it was saved
	 * @param expired whether it no longer takes applications
	 */
	record SavedJobResponse(@Schema(example = "senior-go-engineer-acme-3f9a") String slug,
			@Schema(example = "Senior Go Engineer") String title, @Schema(example = "Acme") String companyName,
			@Schema(example = "2026-12-01T09:30:00Z") Instant savedAt, @Schema(example = "false") boolean expired) {

		static SavedJobResponse of(SavedJob job) {
			return new SavedJobResponse(job.slug(), job.title(), job.companyName(), job.savedAt(), job.expired());
		}

	}

	/**
	 * What applying to a job asks.
	 *
	 * @param job the job's slug
	 * @param questions the screening questions; each answer goes under its field
	 * @param consentText what the candidate agrees to with "consent": true
	 */
	record ApplicationFormResponse(@Schema(example = "senior-go-engineer-acme-3f9a") String job,
			List<QuestionResponse> questions,
			@Schema(example = "I agree that Acme processes my application and r\u00e9sum\u00e9 to consider me for this job.") String consentText) {
	}

	/**
	 * A screening question.
	 *
	 * @param field where its answer goes in "answers", e.g. "q12"
	 * @param kind FREE_TEXT, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE or NUMBER
	 * @param label the question
	 * @param options the choices, for the choice kinds
	 */
	record QuestionResponse(@Schema(example = "q12") String field, @Schema(example = "YES_NO") String kind,
			@Schema(example = "Can you work in the EU?") String label,
			@Schema(example = "[\"yes\", \"no\"]") List<String> options) {
	}

	@GetMapping("/api/v1/me/application-forms/{slug}")
	@Operation(operationId = "getApplicationForm", summary = "What applying to a job asks",
			description = "Its screening questions and the consent text; 404 when it takes no applications here.")
	ApplicationFormResponse applicationForm(@AuthenticationPrincipal AppUser user, @PathVariable String slug) {
		Job job = applying.openJob(slug);
		return new ApplicationFormResponse(job.getSlug(),
				questions.forJob(job.getId())
					.stream()
					.map(q -> new QuestionResponse(q.field(), q.kind().name(), q.label(), q.options()))
					.toList(),
				applying.consentText(job));
	}

	@GetMapping("/api/v1/me/applications")
	@Operation(operationId = "listApplications", summary = "List your applications",
			description = "The latest first, with where each stands.")
	List<ApplicationResponse> list(@AuthenticationPrincipal AppUser user) {
		return applications.of(user.accountId()).stream().map(ApplicationResponse::of).toList();
	}

	@PostMapping("/api/v1/me/applications")
	@Operation(operationId = "apply", summary = "Apply to a job", description = """
			Sends an application to a job that takes applications on Backboard. Bad or missing answers, \
			a résumé that is not yours and a missing consent are a 400 naming each field with the apply page's \
			message; a second application to the same job is a 409 naming the first. With an \
			Idempotency-Key, a retry with the same body gets the first answer.""")
	@ApiResponse(responseCode = "201", description = "Sent",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ApplicationResponse.class)))
	@ApiResponse(responseCode = "409", description = "Already applied: applicationId names the first application",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<String> apply(@AuthenticationPrincipal AppUser user, @RequestBody ApplicationRequest request,
			@Parameter(description = "Any unique string up to 255 characters, e.g. a UUID") @RequestHeader(
					name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			HttpServletRequest http) {
		rateLimits.consume("apply-account", Long.toString(user.accountId()));
		rateLimits.consume("apply-ip", http.getRemoteAddr());
		UserAccount account = accounts.findById(user.accountId()).orElseThrow(ApplicationNotFound::new);
		String body = json.writeValueAsString(request);
		return idempotent.reply("account:" + user.accountId(), idempotencyKey, body, () -> {
			Job job = applying.openJob(request.job() == null ? "" : request.job());
			var existing = applying.existing(job.getId(), user.accountId());
			if (existing.isPresent()) {
				throw new AlreadyApplied(existing.get());
			}
			ApplicationForm form = form(account, request);
			Map<String, String> errors = new LinkedHashMap<>(applying.check(job, user.accountId(), form));
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
			Submitted submitted = applying.submit(job, user.accountId(), account.getEmail(), form);
			ApplicationResponse sent = applications.of(user.accountId())
				.stream()
				.filter(application -> application.id() == submitted.applicationId())
				.findFirst()
				.map(ApplicationResponse::of)
				.orElseThrow(ApplicationNotFound::new);
			return new StoredResponse(201, "/api/v1/me/applications/" + sent.id(), null, json.writeValueAsString(sent));
		});
	}

	@PostMapping("/api/v1/me/applications/{id}/withdraw")
	@Operation(operationId = "withdrawApplication", summary = "Withdraw an application",
			description = "Withdraws it and the consent it carried; doing it again changes nothing.")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	ResponseEntity<Void> withdraw(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
		applications.withdraw(user.accountId(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/me/saved-jobs")
	@Operation(operationId = "listSavedJobs", summary = "List your saved jobs")
	List<SavedJobResponse> savedJobs(@AuthenticationPrincipal AppUser user) {
		return saved.of(user.accountId()).stream().map(SavedJobResponse::of).toList();
	}

	@PutMapping("/api/v1/me/saved-jobs/{slug}")
	@Operation(operationId = "saveJob", summary = "Save a job", description = "Saving it again changes nothing.")
	@ApiResponse(responseCode = "204", description = "Saved")
	ResponseEntity<Void> save(@AuthenticationPrincipal AppUser user, @PathVariable String slug) {
		saved.save(user.accountId(), slug);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/me/saved-jobs/{slug}")
	@Operation(operationId = "forgetSavedJob", summary = "Forget a saved job",
			description = "Forgetting one that is not saved changes nothing.")
	@ApiResponse(responseCode = "204", description = "Not saved (any more)")
	ResponseEntity<Void> unsave(@AuthenticationPrincipal AppUser user, @PathVariable String slug) {
		saved.of(user.accountId())
			.stream()
			.filter(job -> job.slug().equals(slug))
			.findFirst()
			.ifPresent(job -> saved.remove(user.accountId(), job.jobId()));
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		return ResponseEntity.badRequest().body(FieldProblems.of(ex.errors()));
	}

	@ExceptionHandler(AlreadyApplied.class)
	ResponseEntity<ProblemDetail> alreadyApplied(AlreadyApplied ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"You already applied to this job.");
		problem.setProperty("applicationId", ex.applicationId);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	private ApplicationForm form(UserAccount account, ApplicationRequest request) {
		ApplicationForm prefilled = applying.prefilled(account.getId(), account.getDisplayName());
		return new ApplicationForm(Objects.requireNonNullElse(request.name(), prefilled.name()),
				Objects.requireNonNullElse(request.headline(), prefilled.headline()), request.resumeId(),
				Objects.requireNonNullElse(request.coverLetter(), ""),
				request.answers() == null ? Map.of() : request.answers(), request.consent());
	}

	/** A second application to the same job. */
	static final class AlreadyApplied extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final long applicationId;

		AlreadyApplied(long applicationId) {
			super("Already applied: " + applicationId);
			this.applicationId = applicationId;
		}

	}

}
