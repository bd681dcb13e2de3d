package dev.backboard.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs a candidate marked "not interested": job alerts never announce them to that person
 * (the alerts read the {@code hidden_job} table with the applications they leave out).
 */
@Service
public class HiddenJobs {

	static final int MAX_HIDDEN = 5000;

	private final JdbcClient jdbc;

	private final JobMarks marks;

	HiddenJobs(JdbcClient jdbc, JobService jobs, Clock clock) {
		this.jdbc = jdbc;
		this.marks = new JobMarks(jdbc, jobs, clock, "hidden_job", "hidden_at", MAX_HIDDEN);
	}

	/**
	 * Hides a job with a public page; hiding it again changes nothing.
	 * @throws JobNotFound when there is no such public job
	 */
	@Transactional
	public Job hide(long accountId, String slug) {
		return marks.mark(accountId, slug);
	}

	@Transactional
	public void show(long accountId, long jobId) {
		marks.unmark(accountId, jobId);
	}

	@Transactional(readOnly = true)
	public boolean isHidden(long accountId, long jobId) {
		return marks.isMarked(accountId, jobId);
	}

	/** The jobs the candidate hid, the latest first, for the data export. */
	@Transactional(readOnly = true)
	List<HiddenJob> of(long accountId) {
		return jdbc.sql("""
				select j.slug, j.title, h.hidden_at from hidden_job h join job j on j.id = h.job_id
				where h.account_id = :account order by h.hidden_at desc, j.id desc""")
			.param("account", accountId)
			.query((row, n) -> new HiddenJob(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()))
			.list();
	}

	/** Forgets every job the candidate hid, for erasure. */
	@Transactional
	int removeAll(long accountId) {
		return marks.removeAll(accountId);
	}

	/**
	 * A job the candidate hid, as the data export lists it.
	 *
	 * @param slug its page
	 * @param title its title
	 * @param hiddenAt when it was hidden
	 */
	record HiddenJob(String slug, String title, Instant hiddenAt) {
	}

}
