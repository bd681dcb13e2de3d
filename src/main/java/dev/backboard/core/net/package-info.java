/**
 * The guard for outgoing requests to addresses users give: private, loopback, link-local
 * and reserved addresses are refused after DNS resolution.
 */
@NullMarked
package dev.backboard.core.net;

import org.jspecify.annotations.NullMarked;
