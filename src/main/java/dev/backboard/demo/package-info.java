/**
 * Demo data: a deterministic generator of realistic companies and backend jobs, and a
 * fast COPY-based loader that fills an empty database with them.
 */
@NullMarked
package dev.backboard.demo;

import org.jspecify.annotations.NullMarked;
