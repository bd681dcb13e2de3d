package dev.backboard.billing.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.stripe.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.billing.BillingProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lists Stripe's recent events and applies any the webhook missed (an outage, a
 * misconfigured endpoint). db-scheduler runs it on one node at a time; events already
 * applied are skipped by their id.
 */
@Configuration(proxyBeanMethods = false)
public class StripeReconciliation {

	private static final Logger log = LoggerFactory.getLogger(StripeReconciliation.class);

	private final StripeApi stripe;

	private final StripeEvents events;

	private final BillingProperties properties;

	private final Clock clock;

	StripeReconciliation(StripeApi stripe, StripeEvents events, BillingProperties properties, Clock clock) {
		this.stripe = stripe;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> reconcileStripeEvents() {
		return Tasks.recurring("reconcile-stripe-events", FixedDelay.of(properties.reconciliation()))
			.execute((instance, context) -> reconcile());
	}

	/**
	 * Applies the recent events not applied yet.
	 * @return how many took effect now
	 */
	public int reconcile() {
		if (!properties.enabled()) {
			return 0;
		}
		int applied = 0;
		for (Event event : stripe.eventsSince(clock.instant().minus(properties.reconciliationWindow()),
				StripeEvents.HANDLED)) {
			try {
				if (events.apply(event, "reconcile") == StripeEvents.Outcome.APPLIED) {
					applied++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Stripe event {} could not be applied; the next run tries again", event.getId(), ex);
			}
		}
		if (applied > 0) {
			log.info("Applied {} Stripe events that the webhook had missed", applied);
		}
		return applied;
	}

}
