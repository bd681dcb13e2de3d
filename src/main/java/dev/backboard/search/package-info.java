/**
 * Job search: the index mapping, queries, facets and suggestions.
 */
@NullMarked
package dev.backboard.search;

import org.jspecify.annotations.NullMarked;
