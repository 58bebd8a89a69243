package org.lifeline.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The hospitals of one district: a central hospital designated for sealed zones, a people's hospital designated for
 * controlled zones with oncology and obstetrics, a maternity and child hospital, a hospital of Chinese medicine,
 * and one more people's hospital for about every eight streets. Each kind a routing rule needs exists at least
 * once per district.
 */
final class HospitalPlan {

	private HospitalPlan() {
	}

	static List<Hospital> forDistrict(DistrictFacts district, int streets, long seed) {
		SplittableRandom random = Seeds.random(seed, Seeds.SERVICES, Long.parseLong(district.code()));
		String name = district.name();
		List<Hospital> out = new ArrayList<>();
		out.add(hospital(district, 1, name + "中心医院",
				List.of("GENERAL", "DESIGNATED_SEALED", "FEVER_CLINIC", "DIALYSIS"), random));
		out.add(hospital(district, 2, name + "人民医院", List.of("GENERAL", "DESIGNATED_CONTROLLED", "FEVER_CLINIC",
				"DIALYSIS", "ONCOLOGY", "OBSTETRICS"), random));
		out.add(hospital(district, 3, name + "妇幼保健院", List.of("OBSTETRICS"), random));
		out.add(hospital(district, 4, name + "中医医院", List.of("GENERAL", "FEVER_CLINIC"), random));
		String[] ordinals = { "第二", "第三", "第四", "第五", "第六" };
		for (int i = 0; i < Math.min(ordinals.length, streets / 8); i++) {
			List<String> kinds = i % 2 == 0 ? List.of("GENERAL", "FEVER_CLINIC", "DIALYSIS", "ONCOLOGY")
					: List.of("GENERAL", "FEVER_CLINIC");
			out.add(hospital(district, 5 + i, name + ordinals[i] + "人民医院", kinds, random));
		}
		return out;
	}

	private static Hospital hospital(DistrictFacts district, int number, String name, List<String> kinds,
			SplittableRandom random) {
		double lat = district.lat() + random.nextGaussian() * district.spread() / 3;
		double lon = district.lon() + random.nextGaussian() * district.spread() / 3;
		Integer slots = kinds.contains("DIALYSIS") ? 30 + 10 * random.nextInt(10) : null;
		Integer beds = kinds.contains("OBSTETRICS") ? 40 + 20 * random.nextInt(8) : null;
		String address = district.name().substring(0, 2) + "路" + (1 + random.nextInt(2000)) + "号";
		return new Hospital("H" + district.code() + String.format("%02d", number), name, kinds, address, lat, lon,
				slots, beds);
	}

	static List<String> codesOfKind(List<Hospital> hospitals, String kind) {
		return hospitals.stream().filter(h -> h.kinds().contains(kind)).map(Hospital::code).toList();
	}

	/** One planned hospital. */
	record Hospital(String code, String name, List<String> kinds, String address, double lat, double lon,
			Integer dialysisSlots, Integer obstetricBeds) {
	}
}
