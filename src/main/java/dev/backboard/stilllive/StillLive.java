package dev.backboard.stilllive;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import dev.backboard.jobs.JobService;
import dev.backboard.stilllive.internal.Checker;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The still-live check's API: a round of checks, the flagged jobs for moderators, and an
 * employer's "the page is fine".
 */
@Service
public class StillLive {

	private final Checker checker;

	private final JdbcClient jdbc;

	private final JobService jobs;

	private final Clock clock;

	StillLive(Checker checker, JdbcClient jdbc, JobService jobs, Clock clock) {
		this.checker = checker;
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Checks the jobs that are due now, as the scheduled round does.
	 * @return how many were checked
	 */
	public int checkDue() {
		return checker.checkDue();
	}

	/** Published jobs whose apply page is flagged as gone, longest flagged first. */
	@Transactional(readOnly = true)
	public Page<FlaggedJob> flagged(Pageable page) {
		long total = jdbc.sql("""
				select count(*) from still_live_job s join job j on j.id = s.job_id
				where s.flagged_at is not null and j.status = 'PUBLISHED'""").query(Long.class).single();
		List<FlaggedJob> content = jdbc.sql("""
				select j.id, j.slug, j.title, c.name, s.flag_url, s.flag_status, s.flagged_at, s.last_checked_at
				from still_live_job s join job j on j.id = s.job_id join company c on c.id = j.company_id
				where s.flagged_at is not null and j.status = 'PUBLISHED'
				order by s.flagged_at, j.id offset :offset limit :limit""")
			.param("offset", page.getOffset())
			.param("limit", page.getPageSize())
			.query((row, n) -> new FlaggedJob(row.getLong("id"), row.getString("slug"), row.getString("title"),
					row.getString("name"), row.getString("flag_url"), (Integer) row.getObject("flag_status"),
					row.getTimestamp("flagged_at").toInstant(), row.getTimestamp("last_checked_at").toInstant()))
			.list();
		return new PageImpl<>(content, page, total);
	}

	/**
	 * The employer says the job's apply page is fine: its flag goes, and "gone" answers
	 * from that URL are ignored until the job's URL changes.
	 * @return whether there was a flag to dismiss
	 * @throws dev.backboard.jobs.JobNotFound when the job is not the company's
	 */
	@Transactional
	public boolean dismiss(long companyId, long jobId) {
		jobs.findForCompany(companyId, jobId);
		return jdbc.sql("""
				update still_live_job set dismissed_url = flag_url, dismissed_at = :now,
				  flag_url = null, flag_status = null, flagged_at = null
				where job_id = :job and flagged_at is not null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("job", jobId)
			.update() == 1;
	}

}
