package dev.backboard.imports;

import org.jspecify.annotations.Nullable;

/**
 * What a company says about a source, as typed in a form.
 *
 * @param vendor "GREENHOUSE", "LEVER", "ASHBY" or "XML_FEED"
 * @param reference the board token, site name, job board name or feed URL
 * @param applyOnBackboard whether candidates apply on Backboard instead of clicking out
 * to the source's apply page
 * @param editPolicy "REFUSE" or "OVERWRITE"
 * @param intervalMinutes how often to sync; null for the default
 */
public record SourceInput(String vendor, String reference, boolean applyOnBackboard, String editPolicy,
		@Nullable Integer intervalMinutes) {
}
