/**
 * The few types every module shares: the data directory, the clock, safe Markdown.
 */
@NullMarked
package dev.backboard.core;

import org.jspecify.annotations.NullMarked;
