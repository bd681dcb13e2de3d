package dev.backboard.applications.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.accounts.Accounts;
import dev.backboard.applications.Applicant;
import dev.backboard.applications.ApplicantFilter;
import dev.backboard.applications.ApplicationDetail;
import dev.backboard.applications.InvalidInput;
import dev.backboard.applications.Pipeline;
import dev.backboard.applications.Stage;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.core.Actor;
import dev.backboard.core.FieldProblems;
import dev.backboard.core.idempotency.IdempotentReplies;
import dev.backboard.core.idempotency.StoredResponse;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.oauth.AppUser;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * An employer's applicants, for the apps they authorized: the applicants of their
 * company's job with their match score (also as CSV), moving them between stages, one or
 * many at once, and the team's notes and ratings, as on the pipeline page. Another
 * company's job or application is a 404.
 */
@RestController
@Tag(name = "Employer applicants", description = "Your company's applicants, through an app you authorized")
class ApplicantsApiController {

	private final Pipeline pipeline;

	private final CompanyMembers members;

	private final Accounts accounts;

	private final IdempotentReplies idempotent;

	private final JsonMapper json;

	ApplicantsApiController(Pipeline pipeline, CompanyMembers members, Accounts accounts, IdempotentReplies idempotent,
			JsonMapper json) {
		this.pipeline = pipeline;
		this.members = members;
		this.accounts = accounts;
		this.idempotent = idempotent;
		this.json = json;
	}

	/**
	 * An applicant as the employer sees them.
	 *
	 * @param id the application's id
	 * @param name the candidate's name, or "Anonymized candidate"
	 * @param headline their headline
	 * @param skills their skills
	 * @param stage NEW, REVIEWING, INTERVIEW, OFFER, HIRED or REJECTED
	 * @param knockedOut whether a screening answer knocked them out
	 * @param withdrawn whether they withdrew
	 * @param submittedAt when they applied
	 * @param matchScore 0 to 100, how well their skills match the job's
	 * @param missingRequired required skills they lack
	 */
	record ApplicantResponse(@Schema(example = "42") long id, @Schema(example = "Jane Doe") String name,
			@Schema(example = "Backend engineer, 8 years of Go and PostgreSQL") @Nullable String headline,
			@Schema(example = "[\"golang\", \"postgresql\"]") List<String> skills, @Schema(example = "NEW") Stage stage,
			@Schema(example = "false") boolean knockedOut, @Schema(example = "false") boolean withdrawn,
			@Schema(example = "2026-12-01T09:30:00Z") Instant submittedAt, @Schema(example = "80") int matchScore,
			@Schema(example = "[\"kubernetes\"]") List<String> missingRequired) {

		static ApplicantResponse of(Applicant applicant) {
			return new ApplicantResponse(applicant.id(), applicant.displayName(), applicant.headline(),
					applicant.skills(), applicant.stage(), applicant.knockedOut(), applicant.withdrawn(),
					applicant.submittedAt(), applicant.match().score(), applicant.match().missingRequired());
		}

	}

	/**
	 * A move of one application.
	 *
	 * @param stage where it goes
	 */
	record StageChange(@Schema(example = "INTERVIEW") @Nullable String stage) {
	}

	/**
	 * A move of several applications at once: all or none.
	 *
	 * @param ids the applications
	 * @param stage where they go
	 */
	record BulkStageChange(@Schema(example = "[4211, 4212]") @Nullable List<Long> ids,
			@Schema(example = "REJECTED") @Nullable String stage) {
	}

	/**
	 * @param moved how many changed stage (withdrawn ones and those already there stay)
	 */
	record Moved(@Schema(example = "2") int moved) {
	}

	/**
	 * A note for the team.
	 *
	 * @param text the note, at most 2000 characters
	 */
	record NoteRequest(@Schema(example = "Strong on PostgreSQL internals") @Nullable String text) {
	}

	/**
	 * A rating of an application.
	 *
	 * @param rating 1 to 5
	 */
	record RatingRequest(@Schema(example = "4", minimum = "1", maximum = "5") @Nullable Integer rating) {
	}

	/**
	 * A team member's note or rating.
	 *
	 * @param at when it was written
	 * @param author who wrote it, as records show them
	 * @param text the note; null for a rating alone or after anonymization
	 * @param rating 1 to 5, if given
	 */
	record NoteResponse(@Schema(example = "2026-12-01T09:30:00Z") Instant at,
			@Schema(example = "Dana (app)") String author,
			@Schema(example = "Strong on PostgreSQL internals") @Nullable String text,
			@Schema(example = "4") @Nullable Integer rating) {

		static NoteResponse of(ApplicationDetail.Note note) {
			return new NoteResponse(note.at(), note.author(), note.body(), note.rating());
		}

	}

	@GetMapping("/api/v1/employer/jobs/{jobId}/applicants")
	@Operation(operationId = "listApplicants", summary = "List a job's applicants",
			description = "The best match first.")
	List<ApplicantResponse> applicants(@AuthenticationPrincipal AppUser user, @PathVariable long jobId) {
		return pipeline.applicants(companyOf(user), jobId, ApplicantFilter.all())
			.stream()
			.map(ApplicantResponse::of)
			.toList();
	}

	@PostMapping("/api/v1/employer/applications/{id}/stage")
	@Operation(operationId = "moveApplication", summary = "Move an application to a stage",
			description = "The candidate is emailed when your company chose to for that stage.")
	@ApiResponse(responseCode = "200", description = "Moved (or already there)")
	Moved move(@AuthenticationPrincipal AppUser user, @PathVariable long id, @RequestBody StageChange change) {
		return new Moved(pipeline.move(companyOf(user), List.of(id), stage(change.stage()), actor(user)));
	}

	@PostMapping("/api/v1/employer/applications/stage")
	@Operation(operationId = "moveApplications", summary = "Move several applications to a stage",
			description = "All or none: one that is not your company's makes it a 404 and none moves.")
	Moved moveAll(@AuthenticationPrincipal AppUser user, @RequestBody BulkStageChange change) {
		if (change.ids() == null || change.ids().isEmpty() || change.ids().size() > 500) {
			throw new InvalidInput(Map.of("ids", "give 1 to 500 application ids"));
		}
		return new Moved(pipeline.move(companyOf(user), change.ids(), stage(change.stage()), actor(user)));
	}

	@GetMapping(path = "/api/v1/employer/jobs/{jobId}/applicants.csv", produces = "text/csv")
	@Operation(operationId = "exportApplicants", summary = "Export a job's applicants as CSV",
			description = "The same file as the pipeline page's export, best match first; cells a spreadsheet "
					+ "would run as formulas start with an apostrophe.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<byte[]> exportApplicants(@AuthenticationPrincipal AppUser user, @PathVariable long jobId) {
		return PipelineController.csv(jobId, pipeline.applicants(companyOf(user), jobId, ApplicantFilter.all()));
	}

	@GetMapping("/api/v1/employer/applications/{id}/notes")
	@Operation(operationId = "listApplicationNotes", summary = "List an application's notes and ratings",
			description = "Oldest first, as the application page shows them.")
	List<NoteResponse> notes(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
		return pipeline.notes(companyOf(user), id).stream().map(NoteResponse::of).toList();
	}

	@PostMapping("/api/v1/employer/applications/{id}/notes")
	@Operation(operationId = "addApplicationNote", summary = "Add a note to an application", description = """
			A note for your team, at most 2000 characters; a blank or longer one is a 400 naming text. With an \
			Idempotency-Key, a retry with the same body gets the first answer.""")
	@ApiResponse(responseCode = "201", description = "Added",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoteResponse.class)))
	ResponseEntity<String> addNote(@AuthenticationPrincipal AppUser user, @PathVariable long id,
			@RequestBody NoteRequest request,
			@Parameter(description = "Any unique string up to 255 characters, e.g. a UUID") @RequestHeader(
					name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		long companyId = companyOf(user);
		String text = request.text() == null ? "" : request.text();
		return idempotent.reply("account:" + user.accountId(), idempotencyKey,
				"note:" + id + ":" + json.writeValueAsString(request), () -> {
					ApplicationDetail.Note note = added(() -> pipeline.addNote(companyId, id, text, "", actor(user)),
							"text", text.isBlank() ? "write a note" : null);
					return new StoredResponse(201, "/api/v1/employer/applications/" + id + "/notes", null,
							json.writeValueAsString(NoteResponse.of(note)));
				});
	}

	@PutMapping("/api/v1/employer/applications/{id}/rating")
	@Operation(operationId = "rateApplication", summary = "Rate an application", description = """
			Sets your rating from 1 to 5, shown with the team's notes on the application page (the page \
			shows the team's average). One rating per person: it replaces the one you gave before, and the \
			same rating twice changes nothing. Another value is a 400 naming rating.""")
	NoteResponse rate(@AuthenticationPrincipal AppUser user, @PathVariable long id,
			@RequestBody RatingRequest request) {
		return NoteResponse.of(pipeline.rate(companyOf(user), id, request.rating(), actor(user)));
	}

	/**
	 * Adds through the pipeline, whose rules answer bad input once the application is
	 * found to be the company's, naming the endpoint's one field.
	 * @param whenMissing the message when the field was not given
	 */
	private static ApplicationDetail.Note added(Supplier<ApplicationDetail.Note> add, String field,
			@Nullable String whenMissing) {
		try {
			return add.get();
		}
		catch (InvalidInput ex) {
			String message = whenMissing != null ? whenMissing : ex.errors().values().iterator().next();
			throw new InvalidInput(Map.of(field, message));
		}
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		return ResponseEntity.badRequest().body(FieldProblems.of(ex.errors()));
	}

	private long companyOf(AppUser user) {
		return members.of(user.accountId()).orElseThrow(() -> new JobNotFound(0)).companyId();
	}

	private Actor actor(AppUser user) {
		String name = accounts.findById(user.accountId()).map(account -> account.getDisplayName()).orElse("");
		return Actor.person(user.accountId(), name + " (app)");
	}

	private static Stage stage(@Nullable String value) {
		return Arrays.stream(Stage.values())
			.filter(stage -> stage.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidInput(
					Map.of("stage", "one of NEW, REVIEWING, INTERVIEW, OFFER, HIRED, REJECTED")));
	}

}
