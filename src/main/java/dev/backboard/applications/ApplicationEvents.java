package dev.backboard.applications;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the record of every change to an application, with who made it, and tells other
 * modules about submissions, moves and withdrawals.
 */
@Component
class ApplicationEvents {

	static final String SUBMITTED = "SUBMITTED";

	static final String STAGE = "STAGE";

	static final String NOTE = "NOTE";

	static final String WITHDRAWN = "WITHDRAWN";

	static final String ANONYMIZED = "ANONYMIZED";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher publisher;

	ApplicationEvents(JdbcClient jdbc, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.publisher = publisher;
	}

	void record(long applicationId, String type, Actor actor, @Nullable Stage from, @Nullable Stage to,
			@Nullable String detail, Instant at) {
		jdbc.sql("""
				insert into application_event (application_id, occurred_at, type, actor_account_id, actor, from_stage,
				    to_stage, detail)
				values (:application, :at, :type, :actorId, :actor, :from, :to, :detail)""")
			.param("application", applicationId)
			.param("at", Timestamp.from(at))
			.param("type", type)
			.param("actorId", actor.accountId())
			.param("actor", actor.description())
			.param("from", from == null ? null : from.name())
			.param("to", to == null ? null : to.name())
			.param("detail", detail)
			.update();
		ApplicationChanged.Change change = switch (type) {
			case SUBMITTED -> ApplicationChanged.Change.SUBMITTED;
			case STAGE -> ApplicationChanged.Change.STAGE_CHANGED;
			case WITHDRAWN -> ApplicationChanged.Change.WITHDRAWN;
			default -> null;
		};
		if (change != null) {
			jdbc.sql("""
					select job_id, company_id from application
					where id = :application""")
				.param("application", applicationId)
				.query((row, n) -> new ApplicationChanged(applicationId, row.getLong("job_id"),
						row.getLong("company_id"), change, from, to, at))
				.optional()
				.ifPresent(publisher::publishEvent);
		}
	}

}
