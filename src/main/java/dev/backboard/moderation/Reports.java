package dev.backboard.moderation;

import dev.backboard.core.Secrets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Actor;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobAction;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visitors' reports about jobs and what moderators decide about them. A reporter's IP
 * address is kept only as a hash, and only to spot one source filing many reports.
 */
@Service
public class Reports {

	/**
	 * The rate limit on reports per IP address, configured under backboard.rate-limits.
	 */
	public static final String LIMIT = "report-ip";

	static final int MAX_DETAILS = 1000;

	private static final String SELECT = """
			select r.id, r.job_id, j.slug, j.title, r.reason, r.details, r.reporter_account_id, r.created_at
			from job_report r join job j on j.id = r.job_id""";

	private final JdbcClient jdbc;

	private final JobService jobs;

	private final RateLimits limits;

	private final Clock clock;

	Reports(JdbcClient jdbc, JobService jobs, RateLimits limits, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Files a report about a public job.
	 * @throws dev.backboard.core.ratelimit.RateLimited when that address sent too many
	 * @throws InvalidReport when the details are too long
	 */
	@Transactional
	public void file(String slug, ReportReason reason, @Nullable String details, @Nullable Long reporterId,
			@Nullable String ip) {
		if (ip != null) {
			limits.consume(LIMIT, ip);
		}
		Job job = jobs.findBySlug(slug).orElseThrow(() -> new JobNotFound(slug));
		String text = details == null || details.isBlank() ? null : details.strip();
		if (text != null && text.length() > MAX_DETAILS) {
			throw new InvalidReport("Keep the details to " + MAX_DETAILS + " characters or fewer.");
		}
		jdbc.sql("""
				insert into job_report (job_id, reason, details, reporter_account_id, ip_hash, created_at)
				values (:job, :reason, :details, :reporter, :ip, :now)""")
			.param("job", job.getId())
			.param("reason", reason.name())
			.param("details", text)
			.param("reporter", reporterId)
			.param("ip", ip == null ? null : hash(ip))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Reports nobody has acted on yet, oldest first. */
	@Transactional(readOnly = true)
	public Page<JobReport> open(Pageable page) {
		List<JobReport> reports = jdbc
			.sql(SELECT + " where r.resolved_at is null order by r.created_at, r.id" + " limit :limit offset :offset")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(Reports::report)
			.list();
		Long total = jdbc.sql("select count(*) from job_report where resolved_at is null").query(Long.class).single();
		return new PageImpl<>(reports, page, total);
	}

	/** The report was unfounded: the job stays as it is. */
	@Transactional
	public void dismiss(long reportId, Actor moderator) {
		resolve(reportId, "DISMISSED", moderator);
	}

	/** The report was founded: the job is closed, and the report resolved. */
	@Transactional
	public void closeJob(long reportId, Actor moderator) {
		JobReport report = openReport(reportId);
		Job job = jobs.findForModeration(report.jobId());
		if (job.can(JobAction.CLOSE)) {
			jobs.closeByModerator(job.getId(), "Reported: " + report.reason().label(), moderator);
		}
		resolve(reportId, "JOB_CLOSED", moderator);
	}

	private JobReport openReport(long reportId) {
		return jdbc.sql(SELECT + " where r.id = :id and r.resolved_at is null")
			.param("id", reportId)
			.query(Reports::report)
			.optional()
			.orElseThrow(ReportNotFound::new);
	}

	private static JobReport report(ResultSet row, int n) throws SQLException {
		return new JobReport(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
				ReportReason.valueOf(row.getString(5)), row.getString(6), row.getObject(7) != null,
				row.getTimestamp(8).toInstant());
	}

	private void resolve(long reportId, String resolution, Actor moderator) {
		int updated = jdbc.sql("""
				update job_report set resolved_at = :now, resolved_by = :account, resolved_by_name = :actor,
				resolution = :resolution where id = :id and resolved_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("account", moderator.accountId())
			.param("actor", moderator.description())
			.param("resolution", resolution)
			.param("id", reportId)
			.update();
		if (updated == 0) {
			throw new ReportNotFound();
		}
	}

	private static String hash(String ip) {
		return Secrets.sha256("job-report:" + ip);
	}

}
