/**
 * The job posting: its fields, lifecycle, validation and rendering of its description.
 */
@NullMarked
package dev.backboard.jobs;

import org.jspecify.annotations.NullMarked;
