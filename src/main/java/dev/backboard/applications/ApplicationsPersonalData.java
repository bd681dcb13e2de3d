package dev.backboard.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Actor;
import dev.backboard.core.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person's applications (with answers, consents and stage history), saved and hidden
 * jobs, for the data export; erasure anonymizes the applications, so that employers keep
 * their pipeline with "Anonymized candidate", and deletes the saved and hidden jobs.
 */
@Component
class ApplicationsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Pipeline pipeline;

	private final SavedJobs savedJobs;

	private final HiddenJobs hiddenJobs;

	private final Anonymizer anonymizer;

	private final Clock clock;

	ApplicationsPersonalData(JdbcClient jdbc, Pipeline pipeline, SavedJobs savedJobs, HiddenJobs hiddenJobs,
			Anonymizer anonymizer, Clock clock) {
		this.jdbc = jdbc;
		this.pipeline = pipeline;
		this.savedJobs = savedJobs;
		this.hiddenJobs = hiddenJobs;
		this.anonymizer = anonymizer;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "applications";
	}

	@Override
	public Object export(long accountId) {
		List<ExportedApplication> applications = jdbc.sql("""
				select a.id, j.title, c.name, a.submitted_at, a.stage, a.withdrawn_at, a.anonymized_at,
				    a.candidate_name, a.candidate_email, a.headline, a.cover_letter, a.consent_text,
				    a.consent_given_at, a.consent_withdrawn_at
				from application a join job j on j.id = a.job_id join company c on c.id = a.company_id
				where a.candidate_account_id = :account
				order by a.submitted_at, a.id""").param("account", accountId).query((row, n) -> {
			long id = row.getLong("id");
			boolean withdrawn = row.getTimestamp("withdrawn_at") != null;
			return new ExportedApplication(row.getString("title"), row.getString("name"),
					instant(row.getTimestamp("submitted_at")),
					withdrawn ? "Withdrawn" : Stage.valueOf(row.getString("stage")).candidateLabel(),
					row.getString("candidate_name"), row.getString("candidate_email"), row.getString("headline"),
					row.getString("cover_letter"), pipeline.answers(id),
					new Consent(row.getString("consent_text"), instant(row.getTimestamp("consent_given_at")),
							instant(row.getTimestamp("consent_withdrawn_at"))),
					history(id), instant(row.getTimestamp("anonymized_at")));
		}).list();
		return new Export(applications, savedJobs.of(accountId), hiddenJobs.of(accountId));
	}

	@Override
	public void erase(long accountId) {
		Instant now = clock.instant();
		jdbc.sql("select id from application where candidate_account_id = :account order by id for update")
			.param("account", accountId)
			.query(Long.class)
			.list()
			.forEach(id -> anonymizer.anonymize(id, false, "account deleted", Actor.system(), now));
		savedJobs.removeAll(accountId);
		hiddenJobs.removeAll(accountId);
	}

	private List<StageChange> history(long applicationId) {
		return jdbc.sql("select occurred_at, type, from_stage, to_stage from application_event "
				+ "where application_id = :id and type in ('SUBMITTED', 'STAGE', 'WITHDRAWN') order by occurred_at, id")
			.param("id", applicationId)
			.query((row, n) -> new StageChange(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
					row.getString(4)))
			.list();
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * The applications section of an export.
	 *
	 * @param applications the person's applications, oldest first
	 * @param savedJobs the jobs they saved
	 * @param hiddenJobs the jobs they marked "not interested"
	 */
	record Export(List<ExportedApplication> applications, List<SavedJob> savedJobs,
			List<HiddenJobs.HiddenJob> hiddenJobs) {
	}

	/**
	 * One application as exported.
	 *
	 * @param job the job's title
	 * @param company who posted it
	 * @param submittedAt when it was sent
	 * @param status where it stands, in the candidate's words
	 * @param name the name sent
	 * @param email the address sent
	 * @param headline the headline sent
	 * @param coverLetter the cover letter sent
	 * @param answers the screening answers
	 * @param consent the consent given and its withdrawal
	 * @param history the stage changes
	 * @param anonymizedAt when its personal data was removed
	 */
	record ExportedApplication(String job, String company, @Nullable Instant submittedAt, String status,
			@Nullable String name, @Nullable String email, @Nullable String headline, @Nullable String coverLetter,
			List<Answer> answers, Consent consent, List<StageChange> history, @Nullable Instant anonymizedAt) {
	}

	/**
	 * @param text what the candidate agreed to, as shown
	 * @param givenAt when
	 * @param withdrawnAt when they withdrew it, if they did
	 */
	record Consent(String text, @Nullable Instant givenAt, @Nullable Instant withdrawnAt) {
	}

	/**
	 * @param at when
	 * @param type SUBMITTED, STAGE or WITHDRAWN
	 * @param from the stage before
	 * @param to the stage after
	 */
	record StageChange(Instant at, String type, @Nullable String from, @Nullable String to) {
	}

}
