package dev.backboard.analytics.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.backboard.analytics.AnalyticsProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily sums and retention, and forwarding when a platform is configured: each on one
 * node at a time.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsTasks {

	@Bean
	RecurringTask<Void> aggregateAnalytics(Aggregator aggregator, AnalyticsProperties properties) {
		return Tasks.recurring("aggregate-analytics", FixedDelay.of(properties.aggregateEvery()))
			.execute((instance, context) -> aggregator.run());
	}

	@Bean
	@ConditionalOnExpression("'${backboard.analytics.forwarding.vendor:none}'.toLowerCase() != 'none'")
	RecurringTask<Void> forwardAnalytics(Forwarder forwarder, AnalyticsProperties properties) {
		return Tasks.recurring("forward-analytics", FixedDelay.of(properties.forwarding().every()))
			.execute((instance, context) -> forwarder.forward());
	}

}
