package org.lifeline.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.lifeline.demo.CityPlan.Committee;
import org.lifeline.demo.CityPlan.Compound;
import org.lifeline.demo.CityPlan.District;
import org.lifeline.demo.CityPlan.Street;
import org.lifeline.demo.PlaceNames.CompoundStyle;

/**
 * Lays out a city: splits each district's committees, compounds and households among its streets with some
 * variety, names everything and places it on the map around the district's centre.
 */
final class CityPlanner {

	private static final double OCCUPANCY = 0.9;

	private static final int MAX_COMPOUNDS_PER_COMMITTEE = 99;

	private final DemoScale scale;

	private final long seed;

	private long nextNode = 1;

	private int nextCompound;

	private int districtFirstCompound;

	private long households;

	private CityPlanner(DemoScale scale, long seed) {
		this.scale = scale;
		this.seed = seed;
	}

	static CityPlan plan(DemoScale scale, long seed) {
		CityPlanner planner = new CityPlanner(scale, seed);
		List<DistrictFacts> facts = scale.districtCodes().stream().map(DistrictFacts::byCode).toList();
		double population = facts.stream().mapToDouble(DistrictFacts::population).sum();
		List<District> districts = new ArrayList<>();
		for (DistrictFacts district : facts) {
			districts.add(planner.district(district, district.population() / population, facts.size() == 1));
		}
		return new CityPlan(scale, seed, List.copyOf(districts), planner.nextNode, planner.households);
	}

	private District district(DistrictFacts facts, double share, boolean alone) {
		long node = nextNode++;
		districtFirstCompound = nextCompound;
		SplittableRandom random = Seeds.random(seed, Seeds.PLAN, Long.parseLong(facts.code()));
		int streets = alone ? scale.streets() : facts.streets();
		int towns = (int) Math.round((double) facts.towns() * streets / facts.streets());
		int committees = Math.max(streets, (int) Math.round(share * scale.committees()));
		int compounds = Math.max(committees, (int) Math.round(share * scale.compounds()));
		int districtHouseholds = Math.max(compounds,
				(int) Math.round(share * scale.residents() / CityPlan.PEOPLE_PER_HOUSEHOLD));
		int[] committeesPerStreet = split(committees, streets, random, Integer.MAX_VALUE);
		int[] compoundsPerCommittee = split(compounds, committees, random, MAX_COMPOUNDS_PER_COMMITTEE);
		int[] householdsPerCompound = split(districtHouseholds, compounds, random, Integer.MAX_VALUE);
		PlaceNames names = PlaceNames.forParent(random);
		List<Street> planned = new ArrayList<>();
		int committee = 0;
		for (int s = 0; s < streets; s++) {
			boolean town = s >= streets - towns;
			String code = facts.code() + String.format("%03d", town ? 100 + s : s + 1);
			double lat = near(facts.lat(), facts.spread(), random, 30.70, 31.60);
			double lon = near(facts.lon(), facts.spread(), random, 121.00, 121.90);
			long streetNode = nextNode++;
			List<Committee> children = new ArrayList<>();
			for (int c = 0; c < committeesPerStreet[s]; c++, committee++) {
				children.add(committee(code, c, town && c % 5 >= 2, lat, lon, facts.spread() / 5,
						compoundsPerCommittee[committee], householdsPerCompound, random));
			}
			planned.add(new Street(streetNode, code, names.street(s, town, random), town, lat, lon, List.copyOf(children)));
		}
		return new District(node, facts, List.copyOf(planned));
	}

	private Committee committee(String streetCode, int index, boolean village, double streetLat, double streetLon,
			double spread, int compounds, int[] householdsPerCompound, SplittableRandom random) {
		long node = nextNode++;
		String code = streetCode + String.format("%03d", village ? 200 + index : index + 1);
		double lat = near(streetLat, spread, random, 30.70, 31.60);
		double lon = near(streetLon, spread, random, 121.00, 121.90);
		PlaceNames names = PlaceNames.forParent(random);
		String name = names.committee(index, village, random);
		List<Compound> children = new ArrayList<>();
		for (int k = 0; k < compounds; k++) {
			CompoundStyle style = CompoundStyle.pick(village, random);
			int households = householdsPerCompound[nextCompound - districtFirstCompound];
			int roomsPerBuilding = style.floors() * style.roomsPerFloor();
			int buildings = Math.max(1, (int) Math.ceil(households / (roomsPerBuilding * OCCUPANCY)));
			long compoundNode = nextNode++;
			long firstBuilding = nextNode;
			nextNode += buildings;
			this.households += households;
			String address = names.road(k, random) + (1 + random.nextInt(1500)) + "弄";
			children.add(new Compound(compoundNode, nextCompound++, code + "C" + String.format("%02d", k + 1),
					names.compound(k, style), address, near(lat, 0.004, random, 30.70, 31.60),
					near(lon, 0.004, random, 121.00, 121.90), style, households, buildings, firstBuilding));
		}
		return new Committee(node, code, name, village, lat, lon, List.copyOf(children));
	}

	/** Splits a total into parts of at least one and at most max each, with weights between 0.5 and 1.5. */
	static int[] split(int total, int parts, SplittableRandom random, int max) {
		int[] out = new int[parts];
		double[] weights = new double[parts];
		double sum = 0;
		for (int i = 0; i < parts; i++) {
			weights[i] = 0.5 + random.nextDouble();
			sum += weights[i];
		}
		int left = total;
		for (int i = 0; i < parts; i++) {
			out[i] = Math.min(max, 1 + (int) ((total - parts) * weights[i] / sum));
			left -= out[i];
		}
		for (int i = 0; left > 0; i = (i + 1) % parts) {
			if (out[i] < max) {
				out[i]++;
				left--;
			}
		}
		return out;
	}

	private static double near(double centre, double spread, SplittableRandom random, double min, double max) {
		double value = centre + random.nextGaussian() * spread / 2;
		return Math.max(min, Math.min(max, value));
	}
}
