package dev.backboard.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's side: their applications and withdrawing one. Another candidate's
 * application is not found.
 */
@Service
public class CandidateApplications {

	private final JdbcClient jdbc;

	private final ApplicationEvents events;

	private final Anonymizer anonymizer;

	private final Clock clock;

	CandidateApplications(JdbcClient jdbc, ApplicationEvents events, Anonymizer anonymizer, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.anonymizer = anonymizer;
		this.clock = clock;
	}

	/** The candidate's applications, the latest change first. */
	@Transactional(readOnly = true)
	public List<CandidateApplication> of(long accountId) {
		return jdbc.sql("""
				select a.id, j.title, j.slug, c.name, a.stage, a.withdrawn_at is not null as withdrawn,
				    greatest(a.stage_changed_at, a.withdrawn_at) as last_change
				from application a join job j on j.id = a.job_id join company c on c.id = a.company_id
				where a.candidate_account_id = :account
				order by last_change desc, a.id desc
				limit 500""")
			.param("account", accountId)
			.query((row, n) -> new CandidateApplication(row.getLong(1), row.getString(2), row.getString(3),
					row.getString(4), Stage.valueOf(row.getString(5)), row.getBoolean(6),
					row.getTimestamp(7).toInstant()))
			.list();
	}

	/**
	 * Withdraws the candidate's application: that withdraws their consent, so its
	 * personal data is anonymized at once. The candidate still sees it as withdrawn.
	 * @throws ApplicationNotFound when it is not theirs
	 */
	@Transactional
	public void withdraw(long accountId, long applicationId) {
		boolean open = jdbc
			.sql("select withdrawn_at is null from application where id = :id "
					+ "and candidate_account_id = :account for update")
			.param("id", applicationId)
			.param("account", accountId)
			.query(Boolean.class)
			.optional()
			.orElseThrow(ApplicationNotFound::new);
		if (!open) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("update application set withdrawn_at = :now, consent_withdrawn_at = :now where id = :id")
			.param("now", java.sql.Timestamp.from(now))
			.param("id", applicationId)
			.update();
		events.record(applicationId, ApplicationEvents.WITHDRAWN, Applying.candidate(accountId), null, null,
				"consent withdrawn", now);
		anonymizer.anonymize(applicationId, true, "withdrawn by the candidate", Applying.candidate(accountId), now);
	}

}
