package dev.backboard.imports;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A company's source of imported jobs.
 *
 * @param id its id
 * @param companyId the company
 * @param vendor the ATS or feed
 * @param reference the board token, site name, job board name or feed URL
 * @param applyOnBackboard whether candidates apply on Backboard
 * @param editPolicy what happens to edits made in Backboard
 * @param interval how often it is synced
 * @param nextSyncAt when the next sync is due
 * @param consecutiveFailures failed runs since the last successful one
 * @param lastSyncedAt the last successful run's end
 */
public record ImportSource(long id, long companyId, Vendor vendor, String reference, boolean applyOnBackboard,
		EditPolicy editPolicy, Duration interval, Instant nextSyncAt, int consecutiveFailures,
		@Nullable Instant lastSyncedAt) {
}
