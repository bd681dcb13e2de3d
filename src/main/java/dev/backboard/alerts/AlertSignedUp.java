package dev.backboard.alerts;

/**
 * Someone saved a search as a job alert. Published on the request's thread, so listeners
 * may read the request; it says nothing about who.
 *
 * @param awaitingConfirmation whether the alert waits for its address to be confirmed
 */
public record AlertSignedUp(boolean awaitingConfirmation) {
}
