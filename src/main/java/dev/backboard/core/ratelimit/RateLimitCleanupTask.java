package dev.backboard.core.ratelimit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Full buckets carry no information: delete them now and then, on one node.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitCleanupTask {

	@Bean
	RecurringTask<Void> removeExpiredRateLimits(RateLimits limits) {
		return Tasks.recurring("remove-expired-rate-limits", FixedDelay.ofMinutes(10))
			.execute((instance, context) -> limits.removeExpired());
	}

}
