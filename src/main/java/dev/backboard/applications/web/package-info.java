/**
 * The applications' pages: the apply form, the employer's pipeline and questions, and the
 * candidate's applications and saved jobs.
 */
@NullMarked
package dev.backboard.applications.web;

import org.jspecify.annotations.NullMarked;
