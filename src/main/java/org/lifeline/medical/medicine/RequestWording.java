package org.lifeline.medical.medicine;

import java.util.List;

/** How a door that was not a clean delivery is described in the request it comes back as (in the city's language). */
final class RequestWording {

	private RequestWording() {
	}

	static String outcome(DropOutcome outcome, List<BatchLine> lines) {
		return switch (outcome) {
			case NOT_HOME -> "送药未遇（家中无人）";
			case WRONG_MEDICINE -> "药品有误";
			case OUT_OF_STOCK -> "医院缺药";
			case REFUSED -> "居民拒收";
			case DELIVERED -> lines.stream().anyMatch(l -> l.status == LineStatus.OUT_OF_STOCK) ? "已送达，部分药品缺货"
					: "已送达";
			case PENDING -> "待送";
		};
	}
}
