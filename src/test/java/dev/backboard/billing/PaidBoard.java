package dev.backboard.billing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.backboard.support.IntegrationTest;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with payments on: its Stripe client talks to the local
 * {@link StripeStandIn}. Jobs go live without review once paid, so that a paid job's
 * effect is visible at once. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = { "backboard.test.context=billing", "backboard.jobs.moderation=false",
		"backboard.billing.reconciliation=1h" })
@ContextConfiguration(initializers = StripeStandIn.Initializer.class)
@Import(PaymentEvents.class)
public @interface PaidBoard {

}
