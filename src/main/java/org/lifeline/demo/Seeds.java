package org.lifeline.demo;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the city seed, one per purpose and entity, so that any part of the city
 * can be regenerated on its own and comes out the same every time.
 */
final class Seeds {

	static final long PLAN = 1;

	static final long LAYOUT = 2;

	static final long PEOPLE = 3;

	static final long SERVICES = 4;

	private Seeds() {
	}

	static SplittableRandom random(long seed, long purpose, long entity) {
		return new SplittableRandom(mix(mix(mix(seed) ^ purpose) ^ entity));
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
