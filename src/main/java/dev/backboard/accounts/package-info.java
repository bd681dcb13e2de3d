/**
 * Users: sign-up and sign-in by password or OpenID Connect, roles, sessions, two-factor
 * authentication, and the rule for every route.
 */
@NullMarked
package dev.backboard.accounts;

import org.jspecify.annotations.NullMarked;
