/**
 * Webhooks for employers: endpoints per company, and job and application events signed
 * after the Standard Webhooks specification and delivered from a PostgreSQL outbox, with
 * retries, a delivery log and a guard against requests into private networks.
 */
@NullMarked
package dev.backboard.webhooks;

import org.jspecify.annotations.NullMarked;
