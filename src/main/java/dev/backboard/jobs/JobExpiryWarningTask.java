package dev.backboard.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Warns owners of jobs about to expire. db-scheduler runs it on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class JobExpiryWarningTask {

	private static final Logger log = LoggerFactory.getLogger(JobExpiryWarningTask.class);

	@Bean
	RecurringTask<Void> warnOfExpiringJobs(ExpiryWarnings warnings, JobsProperties properties) {
		return Tasks.recurring("warn-of-expiring-jobs", FixedDelay.of(properties.expiryWarningCheck()))
			.execute((instance, context) -> {
				int warned;
				do {
					warned = warnings.warnNextBatch();
					if (warned > 0) {
						log.info("Warned the owners of {} jobs about to expire", warned);
					}
				}
				while (warned > 0);
			});
	}

}
