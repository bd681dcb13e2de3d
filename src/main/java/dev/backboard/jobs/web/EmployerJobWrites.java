package dev.backboard.jobs.web;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Actor;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's writes that take more than one step of the jobs module, each in one
 * transaction: a job created and submitted is never left behind as a draft, and an update
 * checks If-Match against the very row it changes.
 */
@Component
class EmployerJobWrites {

	private final JobService jobs;

	EmployerJobWrites(JobService jobs) {
		this.jobs = jobs;
	}

	@Transactional
	public Job create(long companyId, JobDetails details, boolean submit, Actor actor) {
		Job draft = jobs.createDraft(companyId, details, actor);
		return submit ? jobs.submit(companyId, draft.getId(), actor) : draft;
	}

	/**
	 * Replaces the job's details with what {@code change} makes of the current job, if
	 * the client saw the current version.
	 */
	@Transactional
	public Job update(long companyId, long jobId, @Nullable String ifMatch, Function<Job, JobDetails> change,
			Actor actor) {
		Job current = jobs.findForCompany(companyId, jobId);
		JobETags.requireMatch(ifMatch, current);
		return jobs.update(companyId, jobId, change.apply(current), actor);
	}

}
