/**
 * Applications: applying on Backboard with screening questions, the employer's pipeline,
 * the candidate's view, saved jobs, per-job statistics and the applications' retention.
 */
@NullMarked
package dev.backboard.applications;

import org.jspecify.annotations.NullMarked;
