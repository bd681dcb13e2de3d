package dev.backboard.jobs.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import dev.backboard.companies.ApiClient;
import dev.backboard.core.Actor;
import dev.backboard.core.BackboardProperties;
import dev.backboard.core.idempotency.IdempotentReplies;
import dev.backboard.core.idempotency.IdempotentRequests;
import dev.backboard.core.idempotency.StoredResponse;
import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.ListingPayments;
import dev.backboard.jobs.JobService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employers' integrations write their company's jobs here with a bearer token: create
 * (idempotently, with an Idempotency-Key), replace or merge-patch (with If-Match), and
 * move them through their lifecycle. A job of another company answers exactly like one
 * that does not exist.
 */
@RestController
@Tag(name = "Employer jobs", description = "Your company's jobs, written with an API token")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API token an owner created at /employer/tokens, sent as 'Authorization: Bearer bb_…'")
class EmployerJobsApiController {

	static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	private static final int MAX_KEY_LENGTH = 255;

	private final JobService jobs;

	private final EmployerJobWrites writes;

	private final EmployerJobJson json;

	private final IdempotentRequests idempotent;

	private final BackboardProperties web;

	private final ObjectProvider<ListingPayments> payments;

	EmployerJobsApiController(JobService jobs, EmployerJobWrites writes, EmployerJobJson json,
			IdempotentRequests idempotent, BackboardProperties web, ObjectProvider<ListingPayments> payments) {
		this.payments = payments;
		this.jobs = jobs;
		this.writes = writes;
		this.json = json;
		this.idempotent = idempotent;
		this.web = web;
	}

	@PostMapping("/api/v1/jobs")
	@Operation(summary = "Create a job", description = """
			Creates a draft for the token's company, or submits it at once with "submit": true. \
			Fields Backboard manages (status, company, featured, dates...) and unknown fields are refused \
			with a 400 naming them. With an Idempotency-Key, a retry with the same body gets the first \
			answer; the same key with another body is a 422.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = "application/json",
			schema = @Schema(implementation = EmployerJobRequest.class,
					description = "The job's fields, plus an optional \"submit\": true to submit it right away")))
	@ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = EmployerJobResponse.class)))
	ResponseEntity<String> create(@AuthenticationPrincipal ApiClient client,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE,
					required = false) @Nullable String contentType,
			@Parameter(in = ParameterIn.HEADER,
					description = "Any unique string up to 255 characters, e.g. a UUID") @RequestHeader(
							name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestBody(required = false) byte @Nullable [] body) {
		requireJson(contentType, false);
		ObjectNode request = json.object(body);
		JobDetails details = json.details(request, Set.of("submit"));
		boolean submit = EmployerJobJson.flag(request, "submit");
		if (idempotencyKey == null) {
			return replay(created(client, details, submit));
		}
		if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
			throw new InvalidJob(Map.of("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters"));
		}
		// The hash covers the bytes as sent, so "the same body" means exactly that.
		String raw = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
		return replay(idempotent.run("company:" + client.companyId(), idempotencyKey, raw,
				() -> created(client, details, submit)));
	}

	@PutMapping("/api/v1/jobs/{id}")
	@Operation(summary = "Replace a job's fields",
			description = "Needs If-Match with the job's current ETag: 428 without it, 412 when it is stale.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = EmployerJobRequest.class)))
	ResponseEntity<EmployerJobResponse> replace(@AuthenticationPrincipal ApiClient client, @PathVariable long id,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE,
					required = false) @Nullable String contentType,
			@Parameter(in = ParameterIn.HEADER, required = true, description = "The job's ETag") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) byte @Nullable [] body) {
		requireJson(contentType, false);
		return update(client, id, ifMatch, current -> json.details(json.object(body), Set.of()));
	}

	@PatchMapping("/api/v1/jobs/{id}")
	@Operation(summary = "Change some of a job's fields (JSON Merge Patch, RFC 7396)",
			description = "Members set to null are removed; the rest replace the job's. Needs If-Match.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = "application/merge-patch+json",
					schema = @Schema(implementation = EmployerJobRequest.class)))
	ResponseEntity<EmployerJobResponse> patch(@AuthenticationPrincipal ApiClient client, @PathVariable long id,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE,
					required = false) @Nullable String contentType,
			@Parameter(in = ParameterIn.HEADER, required = true, description = "The job's ETag") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) byte @Nullable [] body) {
		requireJson(contentType, true);
		return update(client, id, ifMatch, current -> json.patched(current, json.object(body)));
	}

	@PostMapping("/api/v1/jobs/{id}/submit")
	@Operation(summary = "Submit a draft for review")
	ResponseEntity<EmployerJobResponse> submit(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		return awaitingPayment(client, jobs.submit(client.companyId(), id, actor(client)));
	}

	@PostMapping("/api/v1/jobs/{id}/close")
	@Operation(summary = "Close a job")
	ResponseEntity<EmployerJobResponse> close(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		return ok(jobs.close(client.companyId(), id, actor(client)));
	}

	@PostMapping("/api/v1/jobs/{id}/fill")
	@Operation(summary = "Mark a published or expired job as filled")
	ResponseEntity<EmployerJobResponse> fill(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		return ok(jobs.markFilled(client.companyId(), id, actor(client)));
	}

	@PostMapping("/api/v1/jobs/{id}/renew")
	@Operation(summary = "Keep a published or expired job live for another full period")
	ResponseEntity<EmployerJobResponse> renew(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		return ok(jobs.renew(client.companyId(), id, actor(client)));
	}

	@PostMapping("/api/v1/jobs/{id}/relist")
	@Operation(summary = "Put an expired, filled or closed job up again, through review")
	ResponseEntity<EmployerJobResponse> relist(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
		return awaitingPayment(client, jobs.relist(client.companyId(), id, actor(client)));
	}

	private StoredResponse created(ApiClient client, JobDetails details, boolean submit) {
		Job job = writes.create(client.companyId(), details, submit, actor(client));
		return new StoredResponse(HttpStatus.CREATED.value(), "/api/v1/company/jobs/" + job.getId(), JobETags.of(job),
				json.write(EmployerJobResponse.of(job, web.baseUrl())));
	}

	private ResponseEntity<EmployerJobResponse> update(ApiClient client, long id, @Nullable String ifMatch,
			Function<Job, JobDetails> change) {
		try {
			return ok(writes.update(client.companyId(), id, ifMatch, change, actor(client)));
		}
		catch (OptimisticLockingFailureException ex) {
			// Another write got in between this one's check and its commit.
			throw JobETags.stale();
		}
	}

	/** A job waiting for its payment comes with the checkout page where it is paid. */
	private ResponseEntity<EmployerJobResponse> awaitingPayment(ApiClient client, Job job) {
		ListingPayments listingPayments = payments.getIfAvailable();
		if (job.getStatus() != JobStatus.PENDING_PAYMENT || listingPayments == null) {
			return ok(job);
		}
		String checkout = listingPayments.checkoutUrl(client.companyId(), job.getId(), null).orElse(null);
		return ResponseEntity.ok()
			.eTag(JobETags.of(job))
			.body(EmployerJobResponse.of(job, web.baseUrl()).withCheckoutUrl(checkout));
	}

	private ResponseEntity<EmployerJobResponse> ok(Job job) {
		return ResponseEntity.ok().eTag(JobETags.of(job)).body(EmployerJobResponse.of(job, web.baseUrl()));
	}

	private static ResponseEntity<String> replay(StoredResponse stored) {
		return IdempotentReplies.replay(stored);
	}

	/** JSON only; a merge patch may also say so with its own media type. */
	private static void requireJson(@Nullable String contentType, boolean mergePatch) {
		MediaType type;
		try {
			type = contentType == null ? null : MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			type = null;
		}
		boolean json = type != null && (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)
				|| (mergePatch && type.equalsTypeAndSubtype(MERGE_PATCH)));
		if (!json) {
			throw unsupported(mergePatch ? "application/merge-patch+json or application/json" : "application/json");
		}
	}

	private static ErrorResponseException unsupported(String accepted) {
		ErrorResponseException problem = JobETags.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				"Send the body as " + accepted + ".");
		problem.getHeaders().set(accepted.contains("merge") ? "Accept-Patch" : "Accept", accepted);
		return problem;
	}

	private static Actor actor(ApiClient client) {
		return Actor.apiToken(client.tokenId(), client.tokenName());
	}

}
