/**
 * Analytics: what candidates, employers and feed readers do on the board, recorded
 * without personal data, summed per day, shown to employers and operators, and optionally
 * forwarded to an analytics platform. No other module depends on it: it listens to their
 * events.
 */
@NullMarked
package dev.backboard.analytics;

import org.jspecify.annotations.NullMarked;
