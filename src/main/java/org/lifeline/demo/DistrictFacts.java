package org.lifeline.demo;

import java.util.List;

/**
 * What the generator knows about each real district of Shanghai: its code, name, resident population (2020
 * census, rounded), number of streets and towns, centre and spread on the map, and how many of its streets are
 * towns (镇) rather than urban streets (街道).
 */
record DistrictFacts(String code, String name, int population, int streets, int towns, double lat, double lon,
		double spread) {

	static final List<DistrictFacts> SHANGHAI = List.of(
			new DistrictFacts("310101", "黄浦区", 662_000, 10, 0, 31.2226, 121.4850, 0.020),
			new DistrictFacts("310104", "徐汇区", 1_113_000, 13, 1, 31.1885, 121.4370, 0.035),
			new DistrictFacts("310105", "长宁区", 693_000, 10, 1, 31.2205, 121.4030, 0.030),
			new DistrictFacts("310106", "静安区", 976_000, 14, 1, 31.2490, 121.4480, 0.025),
			new DistrictFacts("310107", "普陀区", 1_240_000, 10, 2, 31.2500, 121.3970, 0.030),
			new DistrictFacts("310109", "虹口区", 758_000, 8, 0, 31.2700, 121.4900, 0.020),
			new DistrictFacts("310110", "杨浦区", 1_242_000, 12, 0, 31.2840, 121.5260, 0.030),
			new DistrictFacts("310112", "闵行区", 2_654_000, 14, 10, 31.1120, 121.3820, 0.080),
			new DistrictFacts("310113", "宝山区", 2_235_000, 12, 9, 31.3920, 121.4330, 0.070),
			new DistrictFacts("310114", "嘉定区", 1_834_000, 12, 9, 31.3750, 121.2650, 0.080),
			new DistrictFacts("310115", "浦东新区", 5_681_000, 36, 24, 31.2200, 121.6000, 0.120),
			new DistrictFacts("310116", "金山区", 823_000, 9, 8, 30.7850, 121.2900, 0.080),
			new DistrictFacts("310117", "松江区", 1_910_000, 16, 10, 31.0330, 121.2230, 0.090),
			new DistrictFacts("310118", "青浦区", 1_271_000, 11, 8, 31.1500, 121.1200, 0.090),
			new DistrictFacts("310120", "奉贤区", 1_141_000, 11, 8, 30.9180, 121.4740, 0.090),
			new DistrictFacts("310151", "崇明区", 637_000, 18, 18, 31.5200, 121.5200, 0.060));

	static DistrictFacts byCode(String code) {
		return SHANGHAI.stream()
			.filter(d -> d.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no district " + code));
	}

	/** The name without 区/新区, as hospitals use it: 浦东新区 gives 浦东. */
	String shortName() {
		return name.endsWith("新区") ? name.substring(0, name.length() - 2) : name.substring(0, name.length() - 1);
	}
}
