package dev.backboard.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Independent random streams per company and per job, so that any one of them can be
 * generated on its own, in any order, and still come out the same for the same seed.
 */
final class Seeds {

	static final long COMPANIES = 0x2545F4914F6CDD1DL;

	static final long JOBS = 0x9E3779B97F4A7C15L;

	private Seeds() {
	}

	static SplittableRandom random(long seed, long stream, long index) {
		return new SplittableRandom(mix(seed ^ mix(stream + index * 0xD1B54A32D192ED03L)));
	}

	/** The SplitMix64 finalizer: neighbouring inputs give unrelated outputs. */
	static long mix(long value) {
		long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	@SafeVarargs
	static <T> T pick(SplittableRandom random, T... values) {
		return values[random.nextInt(values.length)];
	}

	static boolean chance(SplittableRandom random, double probability) {
		return random.nextDouble() < probability;
	}

}
