/**
 * Recording, bot filtering, daily sums, retention and forwarding.
 */
@NullMarked
package dev.backboard.analytics.internal;

import org.jspecify.annotations.NullMarked;
