package dev.backboard.jobs.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import dev.backboard.companies.ApiClient;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The token's company's own jobs, in every status, drafts included. Only that company's:
 * another company's job id answers 404 exactly like a missing one.
 */
@RestController
@Tag(name = "Employer jobs")
class CompanyJobsApiController {

	private static final String PATH = "/api/v1/company/jobs";

	private final JobService jobs;

	private final BackboardProperties web;

	CompanyJobsApiController(JobService jobs, BackboardProperties web) {
		this.jobs = jobs;
		this.web = web;
	}

	/**
	 * A page of the company's jobs.
	 *
	 * @param total how many jobs there are (in that status, if one was asked for)
	 * @param page this page, from 1
	 * @param size jobs per page
	 * @param pageCount how many pages there are
	 * @param results this page's jobs, newest first
	 * @param links this page and its neighbours
	 */
	record CompanyJobsPage(@Schema(example = "42") long total, @Schema(example = "1") int page,
			@Schema(example = "20") int size, @Schema(example = "3") int pageCount, List<JobSummary> results,
			Links links) {
	}

	/**
	 * A job in the list; its full record is at {@code links.self}.
	 *
	 * @param id its id
	 * @param slug its URL name
	 * @param title its title
	 * @param status where it is in its lifecycle
	 * @param url its public page, once published
	 * @param rejectionReason why a moderator sent it back, while it is a rejected draft
	 * @param postedAt when it was first published
	 * @param validThrough until when it stays live
	 * @param createdAt when it was created
	 * @param updatedAt when it last changed
	 * @param self its path in this API
	 */
	record JobSummary(@Schema(example = JobExamples.ID) long id, @Schema(example = JobExamples.SLUG) String slug,
			@Schema(example = JobExamples.TITLE) String title, JobStatus status,
			@Schema(example = JobExamples.URL) @Nullable String url,
			@Schema(example = JobExamples.REJECTION) @Nullable String rejectionReason,
			@Schema(example = JobExamples.POSTED) @Nullable Instant postedAt,
			@Schema(example = JobExamples.VALID_THROUGH) @Nullable Instant validThrough,
			@Schema(example = JobExamples.CREATED) Instant createdAt,
			@Schema(example = JobExamples.POSTED) Instant updatedAt,
			@Schema(example = "/api/v1/jobs/4211") String self) {
	}

	/**
	 * Links between pages, as paths with their query strings.
	 */
	record Links(@Schema(example = "/api/v1/company/jobs?page=2&size=20") String self,
			@Schema(example = "/api/v1/company/jobs?page=3&size=20") @Nullable String next,
			@Schema(example = "/api/v1/company/jobs?page=1&size=20") @Nullable String prev) {
	}

	@GetMapping(PATH)
	@Operation(summary = "List your company's jobs", description = "Newest first, in every status.")
	CompanyJobsPage list(@AuthenticationPrincipal ApiClient client,
			@Parameter(description = "The page, from 1") @RequestParam(defaultValue = "1") @Min(1) @Max(1000) int page,
			@Parameter(description = "Jobs per page, at most 100") @RequestParam(
					defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "Only jobs in this status") @RequestParam(
					required = false) @Nullable JobStatus status) {
		PageRequest request = PageRequest.of(page - 1, size);
		Page<Job> found = status == null ? jobs.listForCompany(client.companyId(), request)
				: jobs.listForCompany(client.companyId(), status, request);
		List<JobSummary> results = found.getContent().stream().map(this::summary).toList();
		String next = found.hasNext() ? link(page + 1, size, status) : null;
		String prev = page > 1 ? link(Math.min(page - 1, Math.max(found.getTotalPages(), 1)), size, status) : null;
		return new CompanyJobsPage(found.getTotalElements(), page, size, found.getTotalPages(), results,
				new Links(link(page, size, status), next, prev));
	}

	@GetMapping(PATH + "/{id}")
	@Operation(summary = "One of your company's jobs, in any status",
			description = "Carries an ETag: send it as If-None-Match to revalidate, and as If-Match to update.")
	ResponseEntity<EmployerJobResponse> job(@AuthenticationPrincipal ApiClient client, @PathVariable long id,
			WebRequest request) {
		Job job = jobs.findForCompany(client.companyId(), id);
		String etag = JobETags.of(job);
		// A company's drafts are its own: caches may keep them only for that client and
		// must revalidate.
		CacheControl privately = CacheControl.noCache().cachePrivate();
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(privately).build();
		}
		return ResponseEntity.ok().eTag(etag).cacheControl(privately).body(EmployerJobResponse.of(job, web.baseUrl()));
	}

	private JobSummary summary(Job job) {
		return new JobSummary(job.getId(), job.getSlug(), job.getTitle(), job.getStatus(),
				EmployerJobResponse.publicUrl(job, web.baseUrl()), job.getRejectionReason(), job.getPostedAt(),
				job.getValidThrough(), job.getCreatedAt(), job.getUpdatedAt(), PATH + "/" + job.getId());
	}

	private static String link(int page, int size, @Nullable JobStatus status) {
		return PATH + "?page=" + page + "&size=" + size + (status == null ? "" : "&status=" + status.name());
	}

}
