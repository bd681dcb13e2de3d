/**
 * The benchmark: a harness that loads a board, measures search, pages and freshness over
 * HTTP, and a PostgreSQL full-text baseline served through the same web stack. Test code
 * only: none of it ships in the product.
 */
@NullMarked
package dev.backboard.bench;

import org.jspecify.annotations.NullMarked;
