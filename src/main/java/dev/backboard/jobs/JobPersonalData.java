package dev.backboard.jobs;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job status changes the person made (as an employer or a moderator). The audit trail
 * keeps every change on erasure, but shows it as made by a former member instead of by
 * name.
 */
@Component
class JobPersonalData implements PersonalData {

	static final String FORMER_MEMBER = "A former member";

	private final JdbcClient jdbc;

	JobPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "job_changes";
	}

	@Override
	public Object export(long accountId) {
		return jdbc.sql("""
				select j.title, t.from_status, t.to_status, t.reason, t.occurred_at
				from job_transition t join job j on j.id = t.job_id
				where t.actor_account_id = ? order by t.occurred_at, t.id""")
			.param(accountId)
			.query((row, n) -> new Change(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getTimestamp(5).toInstant()))
			.list();
	}

	@Override
	public void erase(long accountId) {
		jdbc.sql("update job_transition set actor_account_id = null, actor = ? where actor_account_id = ?")
			.params(FORMER_MEMBER, accountId)
			.update();
	}

	record Change(String job, @Nullable String from, String to, @Nullable String reason, Instant at) {
	}

}
