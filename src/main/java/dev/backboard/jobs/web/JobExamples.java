package dev.backboard.jobs.web;

/**
 * The example job that the API description shows in every job schema, so that the samples
 * of a job's list entry, full record and employer view describe the same job.
 */
final class JobExamples {

	static final String ID = "4211";

	static final String SLUG = "senior-go-engineer-acme-3f9a";

	static final String TITLE = "Senior Go Engineer";

	static final String URL = "https://jobs.example.com/jobs/senior-go-engineer-acme-3f9a";

	static final String DESCRIPTION = "We build our payments platform in **Go** on PostgreSQL.";

	static final String REJECTION = "Please state the salary range.";

	static final String APPLY_URL = "https://acme.example.com/careers/4211";

	static final String APPLY_EMAIL = "jobs@acme.example.com";

	static final String CREATED = "2026-11-30T16:05:00Z";

	static final String POSTED = "2026-12-01T09:30:00Z";

	static final String VALID_THROUGH = "2027-01-01T09:30:00Z";

	private JobExamples() {
	}

}
