/**
 * Encryption at rest: AES-256-GCM with keys from configuration or, failing that, from a
 * table every node shares.
 */
@NullMarked
package dev.backboard.core.crypto;

import org.jspecify.annotations.NullMarked;
