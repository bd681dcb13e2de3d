/**
 * Employers: the companies that post jobs.
 */
@NullMarked
package dev.backboard.companies;

import org.jspecify.annotations.NullMarked;
