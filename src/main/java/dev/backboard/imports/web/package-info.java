/**
 * The company dashboard's import pages.
 */
@NullMarked
package dev.backboard.imports.web;

import org.jspecify.annotations.NullMarked;
