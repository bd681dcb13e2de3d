package dev.backboard.applications.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Accounts;
import dev.backboard.applications.Applicant;
import dev.backboard.applications.ApplicantFilter;
import dev.backboard.applications.InvalidInput;
import dev.backboard.applications.Pipeline;
import dev.backboard.applications.Stage;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.core.Actor;
import dev.backboard.core.FieldProblems;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.oauth.AppUser;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An employer's applicants, for the apps they authorized: the applicants of their
 * company's job with their match score, and moving them between stages, one or many at
 * once, as on the pipeline page. Another company's job or application is a 404.
 */
@RestController
@Tag(name = "Employer applicants", description = "Your company's applicants, through an app you authorized")
@SecurityRequirement(name = "oauth2")
class ApplicantsApiController {

	private final Pipeline pipeline;

	private final CompanyMembers members;

	private final Accounts accounts;

	ApplicantsApiController(Pipeline pipeline, CompanyMembers members, Accounts accounts) {
		this.pipeline = pipeline;
		this.members = members;
		this.accounts = accounts;
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
			@Nullable String headline, List<String> skills, @Schema(example = "NEW") Stage stage, boolean knockedOut,
			boolean withdrawn, Instant submittedAt, @Schema(example = "80") int matchScore,
			List<String> missingRequired) {

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
	record BulkStageChange(@Nullable List<Long> ids, @Schema(example = "REJECTED") @Nullable String stage) {
	}

	/**
	 * @param moved how many changed stage (withdrawn ones and those already there stay)
	 */
	record Moved(int moved) {
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
