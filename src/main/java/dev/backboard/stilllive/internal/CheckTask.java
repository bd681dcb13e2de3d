package dev.backboard.stilllive.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.backboard.stilllive.StillLiveProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A round of still-live checks every {@code check-every}, on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class CheckTask {

	@Bean
	@ConditionalOnBooleanProperty(name = "backboard.still-live.enabled", matchIfMissing = true)
	RecurringTask<Void> checkStillLive(Checker checker, StillLiveProperties properties) {
		return Tasks.recurring("check-still-live", FixedDelay.of(properties.checkEvery()))
			.execute((instance, context) -> checker.checkDue());
	}

}
