package dev.backboard.webhooks.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.backboard.core.net.AddressPolicy;
import dev.backboard.webhooks.WebhooksProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Messages are sent right after commit; this sweep sends retries when they fall due and
 * whatever a crash left behind, on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class DispatchTask {

	/**
	 * Where webhooks may be sent: public addresses and the ranges the operator allows.
	 */
	@Bean
	AddressPolicy webhookAddresses(WebhooksProperties properties) {
		return new AddressPolicy(properties.allowedAddresses());
	}

	@Bean
	RecurringTask<Void> deliverWebhooks(Dispatcher dispatcher, WebhooksProperties properties) {
		return Tasks.recurring("deliver-webhooks", FixedDelay.of(properties.sweepEvery()))
			.execute((instance, context) -> dispatcher.deliverPending());
	}

}
