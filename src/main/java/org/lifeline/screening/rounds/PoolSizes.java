package org.lifeline.screening.rounds;

import java.util.List;

/**
 * Dorfman pooling: a pool of k people needs one tube, plus k single tubes when it tests positive, which happens
 * with probability 1 - (1 - p)^k at an individual positivity p. The pool size with the fewest expected tubes per
 * person, 1/k + 1 - (1 - p)^k (1 for k = 1), is chosen among the sizes labs run, never above the rule set's cap.
 */
final class PoolSizes {

	static final List<Integer> SIZES = List.of(1, 5, 10, 20);

	private PoolSizes() {
	}

	static boolean allowed(int size) {
		return SIZES.contains(size);
	}

	/** Expected tubes per person for pools of k at positivity p. */
	static double tubesPerPerson(int k, double p) {
		return k == 1 ? 1.0 : 1.0 / k + 1.0 - Math.pow(1.0 - p, k);
	}

	/** The allowed size up to the cap with the fewest expected tubes per person; a tie goes to the larger pool. */
	static int best(double positivity, int cap) {
		double p = Math.min(1.0, Math.max(0.0, positivity));
		int best = 1;
		double fewest = tubesPerPerson(1, p);
		for (int k : SIZES) {
			double tubes = tubesPerPerson(k, p);
			if (k <= cap && tubes <= fewest) {
				best = k;
				fewest = tubes;
			}
		}
		return best;
	}

	/** Tubes needed for the residents in pools of the size (the last pool may be short). */
	static long tubes(long residents, int poolSize) {
		return (residents + poolSize - 1) / poolSize;
	}
}
