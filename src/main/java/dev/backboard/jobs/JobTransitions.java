package dev.backboard.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import dev.backboard.core.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of job statuses: appended to in the transaction that changes the job,
 * never edited.
 */
@Repository
class JobTransitions {

	private final JdbcClient jdbc;

	JobTransitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long jobId, List<StatusChange> changes, Actor actor) {
		for (StatusChange change : changes) {
			jdbc.sql(
					"""
							insert into job_transition (job_id, from_status, to_status, actor_account_id, actor, reason, occurred_at)
							values (:job, :from, :to, :account, :actor, :reason, :at)""")
				.param("job", jobId)
				.param("from", change.from() == null ? null : change.from().name())
				.param("to", change.to().name())
				.param("account", actor.accountId())
				.param("actor", actor.description())
				.param("reason", change.reason())
				.param("at", Timestamp.from(change.at()))
				.update();
		}
	}

	List<JobTransition> of(long jobId) {
		return jdbc.sql("""
				select job_id, from_status, to_status, actor_account_id, actor, reason, occurred_at
				from job_transition where job_id = :job order by id""")
			.param("job", jobId)
			.query(JobTransitions::transition)
			.list();
	}

	private static JobTransition transition(ResultSet row, int n) throws SQLException {
		String from = row.getString("from_status");
		long account = row.getLong("actor_account_id");
		Long accountId = row.wasNull() ? null : account;
		return new JobTransition(row.getLong("job_id"), from == null ? null : JobStatus.valueOf(from),
				JobStatus.valueOf(row.getString("to_status")), accountId, row.getString("actor"),
				row.getString("reason"), row.getTimestamp("occurred_at").toInstant());
	}

}
