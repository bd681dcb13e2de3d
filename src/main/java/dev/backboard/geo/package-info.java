/**
 * Places: the gazetteer of cities with coordinates that locates jobs and resolves radius
 * searches.
 */
@NullMarked
package dev.backboard.geo;

import org.jspecify.annotations.NullMarked;
