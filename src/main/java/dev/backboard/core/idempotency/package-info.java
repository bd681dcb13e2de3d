/**
 * Idempotency-Key support for API writes: a retried request gets the first answer.
 */
@NullMarked
package dev.backboard.core.idempotency;

import org.jspecify.annotations.NullMarked;
