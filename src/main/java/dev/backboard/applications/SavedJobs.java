package dev.backboard.applications;

import java.time.Clock;
import java.util.List;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs candidates keep for later; a job that stopped taking applications stays on the
 * list, marked expired.
 */
@Service
public class SavedJobs {

	static final int MAX_SAVED = 500;

	private final JdbcClient jdbc;

	private final JobMarks marks;

	SavedJobs(JdbcClient jdbc, JobService jobs, Clock clock) {
		this.jdbc = jdbc;
		this.marks = new JobMarks(jdbc, jobs, clock, "saved_job", "saved_at", MAX_SAVED);
	}

	/**
	 * Saves a job with a public page; saving it again changes nothing.
	 * @throws JobNotFound when there is no such public job
	 */
	@Transactional
	public Job save(long accountId, String slug) {
		return marks.mark(accountId, slug);
	}

	@Transactional
	public void remove(long accountId, long jobId) {
		marks.unmark(accountId, jobId);
	}

	@Transactional(readOnly = true)
	public boolean isSaved(long accountId, long jobId) {
		return marks.isMarked(accountId, jobId);
	}

	/** The candidate's saved jobs, the latest saved first. */
	@Transactional(readOnly = true)
	public List<SavedJob> of(long accountId) {
		return jdbc.sql("""
				select j.id, j.slug, j.title, c.name, s.saved_at, j.status <> 'PUBLISHED' as expired
				from saved_job s join job j on j.id = s.job_id join company c on c.id = j.company_id
				where s.account_id = :account
				order by s.saved_at desc, j.id desc""")
			.param("account", accountId)
			.query((row, n) -> new SavedJob(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
					row.getTimestamp(5).toInstant(), row.getBoolean(6)))
			.list();
	}

	/** Forgets every job the candidate saved, for erasure. */
	@Transactional
	public int removeAll(long accountId) {
		return marks.removeAll(accountId);
	}

}
