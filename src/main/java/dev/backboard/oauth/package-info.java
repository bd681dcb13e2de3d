/**
 * Apps that act for people: the OAuth 2.1 authorization server (authorization code with
 * PKCE, rotating refresh tokens, consent, revocation, introspection, OpenID discovery),
 * the apps an admin registered and the ones each person authorized.
 */
@NullMarked
package dev.backboard.oauth;

import org.jspecify.annotations.NullMarked;
