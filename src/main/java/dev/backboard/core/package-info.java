/**
 * The few types every module shares: the data directory, the clock, safe Markdown, the
 * not-found rule, rate limits.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.backboard.core;

import org.jspecify.annotations.NullMarked;
