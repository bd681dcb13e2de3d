package dev.backboard.demo;

/**
 * Six base-36 characters per job index that look random but never repeat: a keyed Feistel
 * permutation of the 32-bit integers, walked until it lands below 36^6, maps indexes
 * one-to-one onto suffixes.
 */
final class SlugSuffixes {

	static final long SPACE = 2_176_782_336L;

	private static final int ROUNDS = 4;

	private final long[] keys = new long[ROUNDS];

	SlugSuffixes(long seed) {
		for (int round = 0; round < ROUNDS; round++) {
			keys[round] = Seeds.mix(seed + 0x632BE59BD9B4E019L * (round + 1));
		}
	}

	String of(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("The index must not be negative: " + index);
		}
		long value = index;
		do {
			value = permute(value);
		}
		while (value >= SPACE);
		String digits = Long.toString(value, 36);
		return "0".repeat(6 - digits.length()) + digits;
	}

	private long permute(long value) {
		int left = (int) (value >>> 16) & 0xFFFF;
		int right = (int) value & 0xFFFF;
		for (long key : keys) {
			int next = left ^ (int) (Seeds.mix(right ^ key) & 0xFFFF);
			left = right;
			right = next;
		}
		return ((long) left << 16) | right;
	}

}
