package dev.backboard.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.core.Actor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymizes applications once their retention has run out: the configured time after the
 * job expired, was filled or closed, or after the candidate was not selected or withdrew.
 * db-scheduler runs it on one node at a time.
 */
@Service
public class ApplicationRetention {

	private static final Logger log = LoggerFactory.getLogger(ApplicationRetention.class);

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final Anonymizer anonymizer;

	private final ApplicationsProperties properties;

	private final Clock clock;

	ApplicationRetention(JdbcClient jdbc, Anonymizer anonymizer, ApplicationsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.anonymizer = anonymizer;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Anonymizes one batch of applications past their retention.
	 * @return how many
	 */
	@Transactional
	public int anonymizeDue() {
		Instant now = clock.instant();
		List<Long> due = jdbc.sql("""
				select a.id from application a join job j on j.id = a.job_id
				where (a.anonymized_at is null or a.candidate_account_id is not null)
				  and ((a.rejected_at is not null and a.stage = 'REJECTED' and a.rejected_at <= :cutoff)
				    or (a.withdrawn_at is not null and a.withdrawn_at <= :cutoff)
				    or (j.status in ('EXPIRED', 'FILLED', 'CLOSED')
				        and (select max(t.occurred_at) from job_transition t where t.job_id = j.id) <= :cutoff))
				order by a.id
				limit :batch
				for update of a skip locked""")
			.param("cutoff", Timestamp.from(now.minus(properties.retention())))
			.param("batch", BATCH)
			.query(Long.class)
			.list();
		due.forEach(id -> anonymizer.anonymize(id, false, "retention period over", Actor.system(), now));
		return due.size();
	}

	@Configuration(proxyBeanMethods = false)
	static class Task {

		@Bean
		RecurringTask<Void> anonymizeApplications(ApplicationRetention retention, ApplicationsProperties properties) {
			return Tasks.recurring("anonymize-applications", FixedDelay.of(properties.retentionCheck()))
				.execute((instance, context) -> {
					int anonymized;
					do {
						anonymized = retention.anonymizeDue();
						if (anonymized > 0) {
							log.info("Anonymized {} applications past their retention", anonymized);
						}
					}
					while (anonymized == BATCH);
				});
		}

	}

}
