package dev.backboard.alerts.internal;

import java.sql.Timestamp;
import java.time.Clock;

import dev.backboard.jobs.JobEdited;
import dev.backboard.jobs.JobPublished;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every published or edited job in PostgreSQL for matching, in the transaction
 * that publishes or edits it: the queue row commits with the job or not at all, so a node
 * that dies after the commit loses nothing (whichever node matches next takes the row),
 * and a burst of publications takes no connections of its own.
 */
@Component
class JobQueue {

	private final JdbcClient jdbc;

	private final AlertMatcher matcher;

	private final Clock clock;

	JobQueue(JdbcClient jdbc, AlertMatcher matcher, Clock clock) {
		this.jdbc = jdbc;
		this.matcher = matcher;
		this.clock = clock;
	}

	@EventListener
	void on(JobPublished event) {
		enqueue(event.jobId());
	}

	@EventListener
	void on(JobEdited event) {
		enqueue(event.jobId());
	}

	private void enqueue(long jobId) {
		jdbc.sql("insert into alert_job_queue (job_id, enqueued_at) values (:job, :now)")
			.param("job", jobId)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				matcher.matchSoon();
			}
		});
	}

}
