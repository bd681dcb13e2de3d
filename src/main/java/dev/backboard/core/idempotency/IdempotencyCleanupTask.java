package dev.backboard.core.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keys older than a day are forgotten, on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyCleanupTask {

	@Bean
	RecurringTask<Void> forgetOldIdempotencyKeys(IdempotentRequests requests) {
		return Tasks.recurring("forget-old-idempotency-keys", FixedDelay.ofHours(1))
			.execute((instance, context) -> requests.forgetOld());
	}

}
