/**
 * The candidate's pages: profile and résumés.
 */
@NullMarked
package dev.backboard.candidates.web;

import org.jspecify.annotations.NullMarked;
