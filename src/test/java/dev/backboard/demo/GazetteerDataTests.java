package dev.backboard.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.backboard.geo.Gazetteer;
import dev.backboard.geo.Place;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The places the demo data is spread over: enough of them, in enough countries, with
 * plausible coordinates, and with neighbours close enough for radius searches.
 */
class GazetteerDataTests {

	final List<Place> places = new Gazetteer().all();

	@Test
	void coversTechHubsInManyCountries() {
		assertThat(places).hasSizeGreaterThanOrEqualTo(80);
		Set<String> countries = places.stream().map(Place::countryCode).collect(Collectors.toSet());
		assertThat(countries).hasSizeGreaterThanOrEqualTo(25)
			.contains("US", "CA", "GB", "IE", "DE", "NL", "FR", "ES", "PT", "IT", "CH", "AT", "SE", "NO", "DK", "FI",
					"PL", "CZ", "RO", "EE", "LT", "IN", "SG", "JP", "AU", "NZ", "BR", "MX", "AR", "IL", "AE", "ZA");
		assertThat(places).extracting(Place::label).doesNotHaveDuplicates();
	}

	@Test
	void coordinatesAgreeWithTheTimeZone() {
		assertThat(places).allSatisfy(place -> {
			assertThat(place.latitude()).isBetween(-60.0, 70.0);
			assertThat(place.longitude()).isBetween(-180.0, 180.0);
			// Standard time runs about one hour per 15 degrees, give or take the
			// politics.
			assertThat(Math.abs(place.utcOffset() - place.longitude() / 15)).as(place.label()).isLessThan(2.5);
		});
	}

	@Test
	void hasNeighboursWithinAHundredKilometres() {
		assertThat(distance("Berlin", "Potsdam")).isLessThan(40);
		assertThat(distance("Amsterdam", "Rotterdam")).isLessThan(70);
		assertThat(distance("Amsterdam", "Utrecht")).isLessThan(50);
		assertThat(distance("San Francisco", "Oakland")).isLessThan(20);
		assertThat(distance("San Francisco", "San Jose")).isLessThan(80);
		assertThat(distance("San Francisco", "Palo Alto")).isLessThan(60);
		assertThat(distance("London", "Cambridge")).isLessThan(90);
		assertThat(distance("London", "Oxford")).isLessThan(90);
		assertThat(distance("Zurich", "Basel")).isLessThan(100);
		assertThat(distance("Berlin", "Munich")).isGreaterThan(450);
	}

	private double distance(String from, String to) {
		Place a = new Gazetteer().find(from).orElseThrow();
		Place b = new Gazetteer().find(to).orElseThrow();
		double dLat = Math.toRadians(b.latitude() - a.latitude());
		double dLon = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
				* Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6371 * Math.asin(Math.sqrt(h));
	}

}
