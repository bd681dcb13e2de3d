package dev.backboard.jobs;

import java.time.Instant;

/**
 * Where a published job's page is and when it last changed, for sitemaps.
 *
 * @param slug its page's address part
 * @param updatedAt its last change
 */
public record JobLink(String slug, Instant updatedAt) {
}
