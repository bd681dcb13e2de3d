/**
 * Jobs imported from applicant-tracking systems (Greenhouse, Lever, Ashby) and XML feeds:
 * sources per company, a cluster-safe scheduled sync that creates, updates and closes
 * jobs to match a complete listing, and the history of each run.
 */
@NullMarked
package dev.backboard.imports;

import org.jspecify.annotations.NullMarked;
