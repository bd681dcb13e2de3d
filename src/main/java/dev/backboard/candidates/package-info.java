/**
 * Candidates: their profile and their résumés, encrypted at rest.
 */
@NullMarked
package dev.backboard.candidates;

import org.jspecify.annotations.NullMarked;
