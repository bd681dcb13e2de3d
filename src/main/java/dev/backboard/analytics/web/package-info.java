/**
 * The employer's and the operator's analytics pages and their CSV exports.
 */
@NullMarked
package dev.backboard.analytics.web;

import org.jspecify.annotations.NullMarked;
