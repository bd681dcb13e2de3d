/**
 * The still-live check: jobs posted by hand with an external apply URL are asked for
 * their page now and then; a page that is gone flags the job for its employer and
 * moderators, and a page still gone a day later closes it.
 */
@NullMarked
package dev.backboard.stilllive;

import org.jspecify.annotations.NullMarked;
