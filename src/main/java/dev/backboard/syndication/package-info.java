/**
 * Syndication: RSS and Atom feeds of any search, sitemaps with robots.txt, and the full
 * job feed that aggregators import, as XML and JSON.
 */
@NullMarked
package dev.backboard.syndication;

import org.jspecify.annotations.NullMarked;
