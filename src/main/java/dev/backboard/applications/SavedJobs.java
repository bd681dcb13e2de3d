package dev.backboard.applications;

import java.sql.Timestamp;
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

	private final JobService jobs;

	private final Clock clock;

	SavedJobs(JdbcClient jdbc, JobService jobs, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Saves a job with a public page; saving it again changes nothing.
	 * @throws JobNotFound when there is no such public job
	 */
	@Transactional
	public Job save(long accountId, String slug) {
		Job job = jobs.findBySlug(slug).orElseThrow(() -> new JobNotFound(slug));
		jdbc.sql("""
				insert into saved_job (account_id, job_id, saved_at)
				select :account, :job, :now
				where (select count(*) from saved_job where account_id = :account) < :max
				on conflict do nothing""")
			.param("account", accountId)
			.param("job", job.getId())
			.param("now", Timestamp.from(clock.instant()))
			.param("max", MAX_SAVED)
			.update();
		return job;
	}

	@Transactional
	public void remove(long accountId, long jobId) {
		jdbc.sql("delete from saved_job where account_id = :account and job_id = :job")
			.param("account", accountId)
			.param("job", jobId)
			.update();
	}

	@Transactional(readOnly = true)
	public boolean isSaved(long accountId, long jobId) {
		return jdbc.sql("select count(*) from saved_job where account_id = :account and job_id = :job")
			.param("account", accountId)
			.param("job", jobId)
			.query(Long.class)
			.single() > 0;
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
		return jdbc.sql("delete from saved_job where account_id = :account").param("account", accountId).update();
	}

}
