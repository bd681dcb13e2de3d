/**
 * Job alerts: saved searches, matched against new and edited jobs by a reverse search,
 * announced at once or in daily and weekly digests.
 */
@NullMarked
package dev.backboard.alerts;

import org.jspecify.annotations.NullMarked;
