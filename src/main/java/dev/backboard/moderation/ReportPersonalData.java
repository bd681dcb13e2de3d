package dev.backboard.moderation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reports the person filed about jobs, and, for moderators, which reports they
 * resolved. Erasure keeps the reports (they are about jobs, and moderators still need
 * them) without the reporter, and shows a resolution as made by a former moderator.
 */
@Component
class ReportPersonalData implements PersonalData {

	static final String FORMER_MODERATOR = "A former moderator";

	private final JdbcClient jdbc;

	ReportPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "job_reports";
	}

	@Override
	public Object export(long accountId) {
		List<FiledReport> filed = jdbc.sql("""
				select j.title, j.slug, r.reason, r.details, r.created_at, r.resolution
				from job_report r join job j on j.id = r.job_id
				where r.reporter_account_id = ? order by r.created_at, r.id""")
			.param(accountId)
			.query((row, n) -> new FiledReport(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getTimestamp(5).toInstant(), row.getString(6)))
			.list();
		List<Long> resolved = jdbc.sql("select id from job_report where resolved_by = ? order by id")
			.param(accountId)
			.query(Long.class)
			.list();
		return new Export(filed, resolved);
	}

	@Override
	public void erase(long accountId) {
		jdbc.sql("update job_report set reporter_account_id = null where reporter_account_id = ?")
			.param(accountId)
			.update();
		jdbc.sql("update job_report set resolved_by = null, resolved_by_name = ? where resolved_by = ?")
			.params(FORMER_MODERATOR, accountId)
			.update();
	}

	record Export(List<FiledReport> filed, List<Long> resolvedReportIds) {
	}

	record FiledReport(String jobTitle, String jobSlug, String reason, @Nullable String details, Instant filedAt,
			@Nullable String resolution) {
	}

}
