/**
 * Email (and later outbound webhooks), written to an outbox in the transaction that
 * causes them and delivered after commit, so a crash loses none.
 */
@NullMarked
package dev.backboard.notifications;

import org.jspecify.annotations.NullMarked;
