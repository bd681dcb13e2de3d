package dev.backboard.alerts;

import java.util.List;

/**
 * Someone who receives alerts, with their saved searches.
 *
 * @param email where alerts go
 * @param token the secret of their alert links
 * @param timeZone the time zone digests are timed in
 * @param awaitingConfirmation how many searches saved for the address wait for its owner
 * to confirm them
 * @param searches their active saved searches, oldest first
 */
public record Subscriber(String email, String token, String timeZone, int awaitingConfirmation,
		List<SavedSearch> searches) {

}
