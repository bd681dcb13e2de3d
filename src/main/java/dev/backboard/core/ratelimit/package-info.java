/**
 * Rate limits shared by every node, for sign-in, sign-up, reports and applying.
 */
@NullMarked
package dev.backboard.core.ratelimit;

import org.jspecify.annotations.NullMarked;
