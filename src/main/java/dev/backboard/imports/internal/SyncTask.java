package dev.backboard.imports.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.backboard.imports.ImportsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Looks for due sources on one node at a time; each source's own interval decides when it
 * is due.
 */
@Configuration(proxyBeanMethods = false)
class SyncTask {

	@Bean
	RecurringTask<Void> syncImports(Synchronizer synchronizer, ImportsProperties properties) {
		return Tasks.recurring("sync-imports", FixedDelay.of(properties.sweepEvery()))
			.execute((instance, context) -> synchronizer.syncDue());
	}

}
