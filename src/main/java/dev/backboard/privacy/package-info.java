/**
 * Privacy: a person's data export and the erasure of their account, across every module
 * that keeps personal data.
 */
@NullMarked
package dev.backboard.privacy;

import org.jspecify.annotations.NullMarked;
