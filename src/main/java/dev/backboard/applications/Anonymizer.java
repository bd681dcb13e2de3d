package dev.backboard.applications;

import java.sql.Timestamp;
import java.time.Instant;

import dev.backboard.core.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes an application's personal data: the candidate's name, address, headline and
 * skills, the cover letter, the free-text answers, the team's notes and the link to the
 * résumé. The stage, its history and the ratings stay, so that employers keep their
 * numbers and see "Anonymized candidate".
 */
@Component
class Anonymizer {

	private final JdbcClient jdbc;

	private final ApplicationEvents events;

	Anonymizer(JdbcClient jdbc, ApplicationEvents events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * @param keepCandidateLink whether the candidate still sees the application in their
	 * list (after a withdrawal); retention and erasure cut the link too
	 */
	void anonymize(long applicationId, boolean keepCandidateLink, String reason, Actor actor, Instant now) {
		jdbc.sql("""
				update application set candidate_name = null, candidate_email = null, headline = null,
				    skills = '{}', resume_id = null, cover_letter = null,
				    anonymized_at = coalesce(anonymized_at, :now),
				    candidate_account_id = case when :keep then candidate_account_id end
				where id = :id""")
			.param("now", Timestamp.from(now))
			.param("keep", keepCandidateLink)
			.param("id", applicationId)
			.update();
		jdbc.sql("update application_answer set answer = null where application_id = :id and kind = 'FREE_TEXT'")
			.param("id", applicationId)
			.update();
		jdbc.sql("update application_note set body = null where application_id = :id")
			.param("id", applicationId)
			.update();
		if (!keepCandidateLink) {
			jdbc.sql("update application_event set actor_account_id = null where application_id = :id "
					+ "and actor = 'Candidate'")
				.param("id", applicationId)
				.update();
		}
		events.record(applicationId, ApplicationEvents.ANONYMIZED, actor, null, null, reason, now);
	}

}
