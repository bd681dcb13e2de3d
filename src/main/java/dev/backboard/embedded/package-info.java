/**
 * The embedded PostgreSQL that a laptop or a test run uses when no external database is
 * set.
 */
@NullMarked
package dev.backboard.embedded;

import org.jspecify.annotations.NullMarked;
