/**
 * The contract between the privacy module and the modules that keep personal data.
 */
@NullMarked
package dev.backboard.core.privacy;

import org.jspecify.annotations.NullMarked;
