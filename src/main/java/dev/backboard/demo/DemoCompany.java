package dev.backboard.demo;

/**
 * A generated employer.
 *
 * @param slug the URL name, unique: "lumen-labs"
 * @param name the display name: "Lumen Labs"
 * @param website its home page, on a reserved {@code .example} domain
 * @param logoUrl a small inline SVG with its initials, so that pages show a logo without
 * fetching anything
 */
public record DemoCompany(String slug, String name, String website, String logoUrl) {
}
