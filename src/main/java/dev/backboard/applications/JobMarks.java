package dev.backboard.applications;

import java.sql.Timestamp;
import java.time.Clock;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mark candidates put on jobs, one row per candidate and job in its own table (saved
 * jobs, jobs not of interest), with a limit per candidate. Runs in the caller's
 * transaction.
 *
 * @param table the table, with the columns {@code account_id}, {@code job_id} and the
 * time column
 * @param markedAt the table's time column
 * @param max the most jobs one candidate may mark
 */
record JobMarks(JdbcClient jdbc, JobService jobs, Clock clock, String table, String markedAt, int max) {

	/**
	 * Marks a job with a public page; marking it again changes nothing.
	 * @throws JobNotFound when there is no such public job
	 */
	Job mark(long accountId, String slug) {
		Job job = jobs.findBySlugWithoutDetails(slug).orElseThrow(() -> new JobNotFound(slug));
		jdbc.sql("""
				insert into %1$s (account_id, job_id, %2$s)
				select :account, :job, :now
				where (select count(*) from %1$s where account_id = :account) < :max
				on conflict do nothing""".formatted(table, markedAt))
			.param("account", accountId)
			.param("job", job.getId())
			.param("now", Timestamp.from(clock.instant()))
			.param("max", max)
			.update();
		return job;
	}

	void unmark(long accountId, long jobId) {
		jdbc.sql("delete from %s where account_id = :account and job_id = :job".formatted(table))
			.param("account", accountId)
			.param("job", jobId)
			.update();
	}

	boolean isMarked(long accountId, long jobId) {
		return jdbc.sql("select count(*) from %s where account_id = :account and job_id = :job".formatted(table))
			.param("account", accountId)
			.param("job", jobId)
			.query(Long.class)
			.single() > 0;
	}

	/** Forgets every mark of the candidate, for erasure. */
	int removeAll(long accountId) {
		return jdbc.sql("delete from %s where account_id = :account".formatted(table))
			.param("account", accountId)
			.update();
	}

}
