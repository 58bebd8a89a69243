package org.lifeline.demo;

import java.util.SplittableRandom;

import org.lifeline.residents.Sex;

/**
 * Ages and sexes shaped like Shanghai's 2020 census: about 10% under 15, 23% aged 60 and over, 5% aged 80 and
 * over, 107 men to 100 women, more women among the old. Heads of household are adults; the other members are
 * drawn so that everyone together still follows the census.
 */
final class AgePyramid {

	/** Per cent of residents in the five-year bands 0-4, 5-9 … 95-99. */
	static final double[] BAND_SHARES = { 3.0, 3.6, 3.2, 3.2, 5.6, 8.4, 10.2, 8.8, 7.6, 7.2, 8.0, 7.8, 6.6, 6.0, 3.6,
			2.2, 2.2, 1.7, 0.85, 0.25 };

	private static final int FIRST_ADULT_BAND = 4;

	private final double[] heads;

	private final double[] others;

	AgePyramid(double peoplePerHousehold) {
		double total = 0;
		double adults = 0;
		for (int band = 0; band < BAND_SHARES.length; band++) {
			total += BAND_SHARES[band];
			adults += band >= FIRST_ADULT_BAND ? BAND_SHARES[band] : 0;
		}
		heads = new double[BAND_SHARES.length];
		others = new double[BAND_SHARES.length];
		double m = peoplePerHousehold;
		for (int band = 0; band < BAND_SHARES.length; band++) {
			double share = BAND_SHARES[band] / total;
			heads[band] = band >= FIRST_ADULT_BAND ? BAND_SHARES[band] / adults : 0;
			others[band] = Math.max(0, (m * share - heads[band]) / (m - 1));
		}
		cumulate(heads);
		cumulate(others);
	}

	int headAge(SplittableRandom random) {
		return age(heads, random);
	}

	int memberAge(SplittableRandom random) {
		return age(others, random);
	}

	static Sex sex(int age, SplittableRandom random) {
		double men = age >= 80 ? 0.42 : age >= 60 ? 0.49 : 0.528;
		return random.nextDouble() < men ? Sex.M : Sex.F;
	}

	private static int age(double[] cumulative, SplittableRandom random) {
		double draw = random.nextDouble() * cumulative[cumulative.length - 1];
		int band = 0;
		while (band < cumulative.length - 1 && draw >= cumulative[band]) {
			band++;
		}
		return band * 5 + random.nextInt(5);
	}

	private static void cumulate(double[] values) {
		for (int i = 1; i < values.length; i++) {
			values[i] += values[i - 1];
		}
	}
}
