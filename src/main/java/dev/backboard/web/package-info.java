/**
 * The web shell: layout helpers, the landing page, error pages and API problem responses.
 */
@NullMarked
package dev.backboard.web;

import org.jspecify.annotations.NullMarked;
