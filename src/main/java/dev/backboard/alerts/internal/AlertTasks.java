package dev.backboard.alerts.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.backboard.alerts.AlertsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The alerts' sweeps, each on one node at a time: matching what no node matched right
 * after publication, checking which saved queries find anything as written, and sending
 * the digests that are due.
 */
@Configuration(proxyBeanMethods = false)
class AlertTasks {

	@Bean
	RecurringTask<Void> matchAlerts(AlertMatcher matcher, AlertsProperties properties) {
		return Tasks.recurring("match-alerts", FixedDelay.of(properties.matchEvery()))
			.execute((instance, context) -> matcher.matchPending());
	}

	/**
	 * Whether the saved queries that may loosen their spelling find anything as written,
	 * checked ahead of the jobs that need the answer.
	 */
	@Bean
	RecurringTask<Void> checkAlertQueries(AlertMatcher matcher) {
		return Tasks.recurring("check-alert-queries", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> matcher.checkQueries(QueryChecks.REFRESH_BUDGET));
	}

	@Bean
	RecurringTask<Void> sendAlertDigests(AlertDigests digests, AlertsProperties properties) {
		return Tasks.recurring("send-alert-digests", FixedDelay.of(properties.digestEvery()))
			.execute((instance, context) -> digests.sendDue());
	}

}
