package dev.backboard.geo;

/**
 * A city that jobs are located in.
 *
 * @param city the city's English name
 * @param region the state, province or region, empty when the country has none worth
 * naming
 * @param countryCode the ISO 3166-1 alpha-2 code
 * @param latitude degrees north
 * @param longitude degrees east
 * @param utcOffset the standard-time offset from UTC in hours
 */
public record Place(String city, String region, String countryCode, double latitude, double longitude, int utcOffset) {

	/** "Berlin, DE": how pages and suggestions name a place. */
	public String label() {
		return city + ", " + countryCode;
	}

}
