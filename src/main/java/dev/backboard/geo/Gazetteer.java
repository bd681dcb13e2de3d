package dev.backboard.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The cities Backboard knows, read once from {@code places.tsv}; static reference data,
 * the same on every node.
 */
@Component
public class Gazetteer {

	private final List<Place> places;

	private final Map<String, Place> byName = new LinkedHashMap<>();

	public Gazetteer() {
		this.places = Collections.unmodifiableList(read());
		for (Place place : places) {
			byName.putIfAbsent(key(place.city()), place);
			byName.putIfAbsent(key(place.city() + "," + place.countryCode()), place);
		}
	}

	public List<Place> all() {
		return places;
	}

	/**
	 * Finds a place by its city name, optionally followed by a comma and a country code:
	 * "Berlin", "berlin, de", "Portland, US".
	 */
	public Optional<Place> find(String name) {
		return Optional.ofNullable(byName.get(key(name)));
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
	}

	private static List<Place> read() {
		List<Place> places = new ArrayList<>();
		ClassPathResource resource = new ClassPathResource("places.tsv", Gazetteer.class);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				places.add(new Place(cells[0], cells[1], cells[2], Double.parseDouble(cells[3]),
						Double.parseDouble(cells[4]), Integer.parseInt(cells[5])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the gazetteer", ex);
		}
		return places;
	}

}
