package dev.backboard.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Company names made of a distinctive word and a word of the industry ("Kestrel Health"),
 * with a third word once those pairs run out ("Kestrel Health Group"). A seeded affine
 * permutation spreads the combinations, so that every index names a different company and
 * neighbouring indexes do not look alike.
 */
final class CompanyNames {

	private static final List<String> FIRST_WORDS = List.of("Northwind", "Lumen", "Kestrel", "Aurora", "Basalt",
			"Beacon", "Birch", "Bluefin", "Brightline", "Cascade", "Cedar", "Cinder", "Cobalt", "Comet", "Copper",
			"Coral", "Crescent", "Crimson", "Delta", "Driftwood", "Ember", "Emerald", "Evergreen", "Falcon", "Fathom",
			"Fern", "Fjord", "Flint", "Foxglove", "Galena", "Garnet", "Glacier", "Granite", "Greywater", "Harbor",
			"Hawthorn", "Heron", "Horizon", "Indigo", "Iris", "Ironwood", "Juniper", "Kelp", "Keystone", "Lark",
			"Larch", "Linden", "Lodestar", "Lynx", "Magnolia", "Maple", "Marlin", "Meadow", "Meridian", "Mesa",
			"Mistral", "Monarch", "Moss", "Nimbus", "Nova", "Oakridge", "Obsidian", "Onyx", "Orbit", "Orchid", "Osprey",
			"Otter", "Pebble", "Pelican", "Peregrine", "Pinecone", "Pinnacle", "Plover", "Polar", "Prism", "Quartz",
			"Quill", "Raven", "Redwood", "Ridgeline", "Riverbend", "Rowan", "Saffron", "Sage", "Saltmarsh", "Sandstone",
			"Sapphire", "Sequoia", "Shale", "Sierra", "Silverline", "Slate", "Solstice", "Sparrow", "Spruce",
			"Starling", "Stonebridge", "Summit", "Swallow", "Sycamore", "Tamarack", "Teal", "Tern", "Thistle", "Tidal",
			"Timber", "Topaz", "Tundra", "Umber", "Vantage", "Vela", "Verdant", "Vireo", "Walnut", "Wanderer", "Willow",
			"Wren", "Yarrow", "Zephyr", "Alder", "Amber", "Anchor", "Apex", "Arbor", "Argent", "Aspen", "Atlas",
			"Bramble", "Brook", "Canopy", "Caravel", "Catalyst", "Clearwater", "Clover", "Compass", "Corvid", "Cypress",
			"Dune", "Eastwood", "Echo", "Elm", "Ferro", "Firefly", "Flora", "Fulcrum", "Gale", "Goldcrest", "Halcyon",
			"Hazel", "Highland", "Hollow", "Ivy", "Jasper", "Kite", "Lantern", "Loom", "Mariner", "Mosaic", "Nautilus",
			"Northstar", "Oasis", "Opal", "Paragon", "Pilot", "Quarry", "Radiant", "Sable", "Seabird", "Tessellate",
			"Thornbury", "Tidewater", "Vertex", "Wayfarer", "Westbrook");

	private static final List<String> LAST_WORDS = List.of("Group", "Technologies", "Global", "Europe", "Digital",
			"Solutions", "International", "Partners", "Ventures");

	private static final List<String> INDUSTRY_WORDS = List.of(Industry.values())
		.stream()
		.flatMap(industry -> industry.nameWords().stream())
		.toList();

	private final long pairs = (long) FIRST_WORDS.size() * INDUSTRY_WORDS.size();

	private final Permutation pairOrder;

	private final Permutation tripleOrder;

	CompanyNames(long seed) {
		SplittableRandom random = Seeds.random(seed, Seeds.COMPANIES, -1);
		this.pairOrder = new Permutation(pairs, random);
		this.tripleOrder = new Permutation(pairs * LAST_WORDS.size(), random);
	}

	/** The index-th company's name and the industry its name implies. */
	Name name(int index) {
		if (index < pairs) {
			long pair = pairOrder.apply(index);
			return pairName(pair, "");
		}
		long triple = index - pairs;
		if (triple >= pairs * LAST_WORDS.size()) {
			return pairName(pairOrder.apply(triple % pairs), " " + (triple / pairs + 1));
		}
		long shuffled = tripleOrder.apply(triple);
		return pairName(shuffled % pairs, " " + LAST_WORDS.get((int) (shuffled / pairs)));
	}

	private Name pairName(long pair, String ending) {
		String first = FIRST_WORDS.get((int) (pair / INDUSTRY_WORDS.size()));
		String second = INDUSTRY_WORDS.get((int) (pair % INDUSTRY_WORDS.size()));
		return new Name(first + " " + second + ending, industryOf(second));
	}

	private static Industry industryOf(String word) {
		for (Industry industry : Industry.values()) {
			if (industry.nameWords().contains(word)) {
				return industry;
			}
		}
		throw new IllegalStateException("No industry for " + word);
	}

	record Name(String name, Industry industry) {
	}

	/**
	 * {@code x -> (a * x + b) mod n} with {@code a} coprime to {@code n}: a bijection.
	 */
	private record Permutation(long size, long multiplier, long offset) {

		Permutation(long size, SplittableRandom random) {
			this(size, coprime(size, random), random.nextLong(size));
		}

		long apply(long value) {
			return (multiplier * value + offset) % size;
		}

		private static long coprime(long size, SplittableRandom random) {
			long candidate = size / 2 + random.nextLong(size / 3);
			while (gcd(candidate, size) != 1) {
				candidate++;
			}
			return candidate;
		}

		private static long gcd(long a, long b) {
			return b == 0 ? a : gcd(b, a % b);
		}

	}

}
