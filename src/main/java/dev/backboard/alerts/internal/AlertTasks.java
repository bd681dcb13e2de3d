package dev.backboard.alerts.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.backboard.alerts.AlertsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The alerts' sweeps, each on one node at a time: matching what no node matched right
 * after publication, and sending the digests that are due.
 */
@Configuration(proxyBeanMethods = false)
class AlertTasks {

	@Bean
	RecurringTask<Void> matchAlerts(AlertMatcher matcher, AlertsProperties properties) {
		return Tasks.recurring("match-alerts", FixedDelay.of(properties.matchEvery()))
			.execute((instance, context) -> matcher.matchPending());
	}

	@Bean
	RecurringTask<Void> sendAlertDigests(AlertDigests digests, AlertsProperties properties) {
		return Tasks.recurring("send-alert-digests", FixedDelay.of(properties.digestEvery()))
			.execute((instance, context) -> digests.sendDue());
	}

}
