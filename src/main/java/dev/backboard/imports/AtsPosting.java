package dev.backboard.imports;

/**
 * A job's page on an ATS's public job board, as its address names it.
 *
 * @param vendor the ATS
 * @param board the board token, site name or job board name
 * @param id the posting's id there
 * @param apiOrigin where the vendor's public API answers for it ("https://host:port"),
 * the scope of politeness
 */
public record AtsPosting(Vendor vendor, String board, String id, String apiOrigin) {
}
