package org.lifeline.demo;

import java.util.SplittableRandom;

/**
 * Plausible Shanghai place names built from two-character stems (金桥, 康华, 梅陇…). Siblings get distinct stems: the
 * k-th child of a parent takes a stem from a permutation that starts at a random place and steps through all
 * 1,000 stems before repeating.
 */
final class PlaceNames {

	private static final String FIRST = "金银华新江泰和康安长永兴光明东南西北龙凤枫梅桃柳松竹云海湖山春秋文武德仁宝丰盛嘉";

	private static final String SECOND = "桥浦泾港塘湾园林华阳庄泉宁川汇平兴丰源亭溪河田城陇";

	private static final int STEMS = FIRST.length() * SECOND.length();

	private static final String[] STREET_STYLES = { "街道", "路街道", "新村街道" };

	private static final String[] COMMITTEE_ORDINALS = { "", "第一", "第二", "第三", "第四" };

	private static final String[] COMPOUND_STYLES = { "小区", "苑", "新村", "花园" };

	private static final String VILLAGE_FAMILIES = "陆沈顾朱张王徐陈金杨周钱吴姚";

	private static final String[] ROAD_STYLES = { "路", "路", "路", "街", "大道" };

	private final int start;

	private PlaceNames(int start) {
		this.start = start;
	}

	/** Names for the children of one parent. */
	static PlaceNames forParent(SplittableRandom random) {
		return new PlaceNames(random.nextInt(STEMS));
	}

	String stem(int child) {
		int index = Math.floorMod(start + child * 7, STEMS);
		return FIRST.charAt(index / SECOND.length()) + "" + SECOND.charAt(index % SECOND.length());
	}

	String street(int child, boolean town, SplittableRandom random) {
		return stem(child) + (town ? "镇" : STREET_STYLES[random.nextInt(STREET_STYLES.length)]);
	}

	String committee(int child, boolean village, SplittableRandom random) {
		if (village) {
			return stem(child) + "村委会";
		}
		return stem(child) + COMMITTEE_ORDINALS[random.nextInt(COMMITTEE_ORDINALS.length)] + "居委会";
	}

	String compound(int child, CompoundStyle style) {
		if (style == CompoundStyle.VILLAGE) {
			return VILLAGE_FAMILIES.charAt(Math.floorMod(start + child, VILLAGE_FAMILIES.length())) + "家宅"
					+ (child / VILLAGE_FAMILIES.length() > 0 ? (child / VILLAGE_FAMILIES.length() + 1) + "组" : "");
		}
		return stem(child + 500) + COMPOUND_STYLES[style.ordinal()];
	}

	/** A road of the committee's area, such as 康华路. */
	String road(int child, SplittableRandom random) {
		return stem(child + 250) + ROAD_STYLES[random.nextInt(ROAD_STYLES.length)];
	}

	/** The kind of housing a compound has, which sets its name and the height of its buildings. */
	enum CompoundStyle {

		ESTATE(11, 4), GARDEN_COURT(6, 3), WORKERS_VILLAGE(6, 4), GARDEN(18, 4), VILLAGE(3, 2);

		private final int floors;

		private final int roomsPerFloor;

		CompoundStyle(int floors, int roomsPerFloor) {
			this.floors = floors;
			this.roomsPerFloor = roomsPerFloor;
		}

		int floors() {
			return floors;
		}

		int roomsPerFloor() {
			return roomsPerFloor;
		}

		static CompoundStyle pick(boolean village, SplittableRandom random) {
			return village ? VILLAGE : values()[random.nextInt(4)];
		}
	}
}
