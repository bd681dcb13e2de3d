package dev.backboard.search;

/**
 * A line another module adds to a skill's page, with a link to more.
 *
 * @param text "Go: median senior salary 95,000 USD a year (14 jobs)."
 * @param link where the full story is
 * @param linkText what the link says
 */
public record SkillNote(String text, String link, String linkText) {
}
