/**
 * Paid listings: the operator's prices, Stripe Checkout, Stripe's webhooks, package
 * credits, refunds, disputes and the billing pages.
 */
@NullMarked
package dev.backboard.billing;

import org.jspecify.annotations.NullMarked;
