/**
 * The employer's "the page is fine" button.
 */
@NullMarked
package dev.backboard.stilllive.web;

import org.jspecify.annotations.NullMarked;
