package dev.backboard.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Expires jobs past their valid-through date. db-scheduler runs it on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class JobExpiryTask {

	private static final Logger log = LoggerFactory.getLogger(JobExpiryTask.class);

	@Bean
	RecurringTask<Void> expireJobs(JobService jobs, JobsProperties properties) {
		return Tasks.recurring("expire-jobs", FixedDelay.of(properties.expiryCheck())).execute((instance, context) -> {
			int expired;
			do {
				expired = jobs.expireDue();
				if (expired > 0) {
					log.info("Expired {} jobs past their valid-through date", expired);
				}
			}
			while (expired > 0);
		});
	}

}
