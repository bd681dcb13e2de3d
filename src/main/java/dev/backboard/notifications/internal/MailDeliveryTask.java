package dev.backboard.notifications.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.backboard.notifications.NotificationsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mail is sent right after commit; this sweep sends what a crash or an SMTP failure left
 * behind, on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class MailDeliveryTask {

	@Bean
	RecurringTask<Void> deliverMail(MailDelivery delivery, NotificationsProperties properties) {
		return Tasks.recurring("deliver-mail", FixedDelay.of(properties.retryEvery()))
			.execute((instance, context) -> delivery.deliverPending());
	}

}
