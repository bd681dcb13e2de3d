/**
 * Moderation: the review queue of submitted jobs, and visitors' reports about jobs.
 */
@NullMarked
package dev.backboard.moderation;

import org.jspecify.annotations.NullMarked;
