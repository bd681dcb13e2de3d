/**
 * The tech-stack taxonomy: technologies, their categories and aliases, and finding them
 * in text.
 */
@NullMarked
package dev.backboard.skills;

import org.jspecify.annotations.NullMarked;
