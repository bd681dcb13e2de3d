package dev.backboard.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import dev.backboard.geo.Place;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.WorkplaceType;

/**
 * Where a job is done: its offices, or for a remote job the countries and time zones it
 * is open to, and the country whose market sets the pay.
 *
 * @param workplaceType on-site, hybrid or remote
 * @param places the offices, first the main one
 * @param remote for a remote job, whom it is open to
 * @param payCountry the country the salary is stated for
 * @param payCity the city the salary is stated for, when there is one
 */
record Placement(WorkplaceType workplaceType, List<Place> places, @Nullable RemotePolicy remote, String payCountry,
		@Nullable String payCity) {

	private static final List<RemotePolicy> REGIONS = List.of(
			new RemotePolicy("the EU",
					List.of("DE", "NL", "FR", "ES", "PT", "IE", "IT", "AT", "BE", "FI", "SE", "DK", "PL", "CZ", "RO",
							"HU", "EE", "LV", "LT"),
					0, 2),
			new RemotePolicy("Europe",
					List.of("GB", "DE", "NL", "FR", "ES", "PT", "IE", "IT", "CH", "AT", "BE", "NO", "SE", "DK", "FI",
							"PL", "CZ", "RO", "HU", "EE", "LV", "LT"),
					-1, 3),
			new RemotePolicy("Germany, Austria and Switzerland", List.of("DE", "AT", "CH"), 0, 2),
			new RemotePolicy("the Nordics and the Baltics", List.of("SE", "NO", "DK", "FI", "EE", "LV", "LT"), 0, 3),
			new RemotePolicy("the UK and Ireland", List.of("GB", "IE"), -1, 1),
			new RemotePolicy("Spain and Portugal", List.of("ES", "PT"), -1, 2),
			new RemotePolicy("Central and Eastern Europe", List.of("PL", "CZ", "RO", "HU", "EE", "LV", "LT"), 1, 3),
			new RemotePolicy("the US", List.of("US"), -8, -5),
			new RemotePolicy("the US and Canada", List.of("US", "CA"), -8, -4),
			new RemotePolicy("the Americas", List.of("US", "CA", "MX", "BR", "AR", "CO"), -8, -3),
			new RemotePolicy("Latin America", List.of("BR", "MX", "AR", "CO"), -6, -3),
			new RemotePolicy("Asia-Pacific", List.of("AU", "NZ", "SG", "JP", "KR"), 8, 12),
			new RemotePolicy("India", List.of("IN"), 5, 6));

	private static final List<RemotePolicy> TIME_ZONES = List.of(new RemotePolicy("UTC-3 to UTC+3", List.of(), -3, 3),
			new RemotePolicy("UTC-8 to UTC-3", List.of(), -8, -3),
			new RemotePolicy("UTC+4 to UTC+10", List.of(), 4, 10),
			new RemotePolicy("UTC-1 to UTC+5", List.of(), -1, 5));

	private static final RemotePolicy ANYWHERE = new RemotePolicy("anywhere", List.of(), null, null);

	static Placement onSite(WorkplaceType type, Place headquarters, List<Place> places, SplittableRandom random) {
		Place main = headquarters;
		double where = random.nextDouble();
		if (where > 0.85) {
			main = Seeds.pick(random, places);
		}
		else if (where > 0.6) {
			Place other = otherInCountry(main, places, List.of(main), random);
			main = (other != null) ? other : main;
		}
		List<Place> offices = new ArrayList<>(List.of(main));
		if (Seeds.chance(random, 0.15)) {
			int more = 1 + random.nextInt(2);
			for (int i = 0; i < more; i++) {
				Place other = otherInCountry(main, places, offices, random);
				if (other != null) {
					offices.add(other);
				}
			}
		}
		return new Placement(type, List.copyOf(offices), null, main.countryCode(), main.city());
	}

	static Placement remote(Place headquarters, SplittableRandom random) {
		List<RemotePolicy> regions = REGIONS.stream()
			.filter(policy -> policy.countries().contains(headquarters.countryCode()))
			.toList();
		List<RemotePolicy> zones = TIME_ZONES.stream().filter(policy -> policy.covers(headquarters)).toList();
		RemotePolicy policy = ANYWHERE;
		double kind = random.nextDouble();
		if (!regions.isEmpty() && kind < 0.72) {
			policy = Seeds.pick(random, regions);
		}
		else if (!zones.isEmpty() && kind < 0.85) {
			policy = Seeds.pick(random, zones);
		}
		List<Place> offices = Seeds.chance(random, 0.2) ? List.of(headquarters) : List.of();
		boolean paidAtHome = policy.countries().isEmpty() || policy.countries().contains(headquarters.countryCode());
		String payCountry = paidAtHome ? headquarters.countryCode() : policy.countries().get(0);
		return new Placement(WorkplaceType.REMOTE, offices, policy, payCountry, null);
	}

	List<JobLocation> locations() {
		return places.stream()
			.map(place -> new JobLocation(place.city(), place.region().isEmpty() ? null : place.region(),
					place.countryCode(), place.latitude(), place.longitude()))
			.toList();
	}

	private static @Nullable Place otherInCountry(Place main, List<Place> places, List<Place> taken,
			SplittableRandom random) {
		List<Place> candidates = places.stream()
			.filter(place -> place.countryCode().equals(main.countryCode()) && !taken.contains(place))
			.toList();
		return candidates.isEmpty() ? null : Seeds.pick(random, candidates);
	}

	/**
	 * Whom a remote job is open to.
	 *
	 * @param label how a posting names it: "the EU", "UTC-3 to UTC+3", "anywhere"
	 * @param countries the countries, empty for any
	 * @param timezoneMin the westernmost UTC offset, if limited
	 * @param timezoneMax the easternmost UTC offset, if limited
	 */
	record RemotePolicy(String label, List<String> countries, @Nullable Integer timezoneMin,
			@Nullable Integer timezoneMax) {

		boolean covers(Place place) {
			return timezoneMin != null && timezoneMax != null && timezoneMin <= place.utcOffset()
					&& place.utcOffset() <= timezoneMax;
		}

		boolean isAnywhere() {
			return countries.isEmpty() && timezoneMin == null;
		}

	}

}
