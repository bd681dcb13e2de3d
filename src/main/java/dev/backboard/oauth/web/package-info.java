/** The consent page, the admin's app registrations and each person's authorized apps. */
@NullMarked
package dev.backboard.oauth.web;

import org.jspecify.annotations.NullMarked;
