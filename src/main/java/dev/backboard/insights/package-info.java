/**
 * Market insights: salary distributions, skill demand and remote share over time, and
 * skills asked for together, computed from published jobs and shown at /insights.
 */
@NullMarked
package dev.backboard.insights;

import org.jspecify.annotations.NullMarked;
